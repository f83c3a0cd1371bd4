resource "truenas_smb_config" "main" {
  netbiosname = "nas"
  workgroup   = "HOME"
}
