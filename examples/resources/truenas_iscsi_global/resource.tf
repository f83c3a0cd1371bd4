resource "truenas_iscsi_global" "main" {
  basename             = "iqn.2005-10.org.freenas.ctl"
  pool_avail_threshold = 80
}
