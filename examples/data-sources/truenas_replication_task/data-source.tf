data "truenas_replication_task" "offsite" {
  name = "vm-disks-to-backup"

  lifecycle {
    postcondition {
      condition     = self.state != "ERROR"
      error_message = "The last replication failed: ${coalesce(self.error, "no reason given")}"
    }
  }
}
