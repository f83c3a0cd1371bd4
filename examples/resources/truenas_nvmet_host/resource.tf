resource "truenas_nvmet_host" "pve1" {
  hostnqn = "nqn.2014-08.org.nvmexpress:uuid:4c4c4544-0035-3910-8048-b4c04f565032"
}
