resource "truenas_alert_service" "slack" {
  name  = "ops channel"
  type  = "Slack"
  level = "ERROR"
  url   = var.slack_webhook_url
}
