ephemeral "truenas_api_key" "ci" {
  username  = "ci"
  expire_in = 1800
}

provider "truenas" {
  alias    = "ci"
  endpoint = "https://nas.example.com"
  api_key  = ephemeral.truenas_api_key.ci.key
}
