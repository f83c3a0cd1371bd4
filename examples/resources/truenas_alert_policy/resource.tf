resource "truenas_alert_policy" "main" {
  levels   = { ZpoolCapacityWarning = "ERROR" }
  policies = { ZpoolCapacityWarning = "HOURLY", ScrubPaused = "NEVER" }
}
