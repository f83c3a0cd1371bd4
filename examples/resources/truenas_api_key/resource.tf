resource "truenas_api_key" "ci" {
  name     = "ci"
  username = truenas_user.ci.username
}
