resource "proxmox_role" "operator" {
  role_id    = "Operator"
  privileges = ["VM.Audit", "VM.Console", "VM.PowerMgmt"]
}
