resource "truenas_nvmet_global" "main" {
  xport_referral = true
}
