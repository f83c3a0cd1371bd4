# An SMB share's dataset with an NFSv4 ACL: the owner has full control, a group may modify.
# share_type SMB makes the dataset's acltype NFSV4.
resource "truenas_dataset" "share" {
  name       = "tank/share"
  share_type = "SMB"
}

resource "truenas_filesystem_acl" "share" {
  path  = "/mnt/${truenas_dataset.share.name}"
  user  = "root"
  group = "builtin_users"

  nfs4_entries = [
    { tag = "owner@", perms = "FULL_CONTROL", flags = "INHERIT" },
    { tag = "group@", perms = "MODIFY", flags = "INHERIT" },
    { tag = "GROUP", who = "builtin_administrators", perms = "FULL_CONTROL", flags = "INHERIT" },
    { tag = "everyone@", advanced_perms = ["READ_ATTRIBUTES", "READ_ACL", "SYNCHRONIZE"], advanced_flags = [] },
  ]
}

# A POSIX ACL (a GENERIC dataset under a pool with acltype POSIX): a named group needs a MASK
# entry; the default entries are inherited by what is created below.
resource "truenas_dataset" "media" {
  name = "tank/media"
}

resource "truenas_filesystem_acl" "media" {
  path = "/mnt/${truenas_dataset.media.name}"

  posix_entries = [
    { tag = "USER_OBJ", perms = ["READ", "WRITE", "EXECUTE"] },
    { tag = "GROUP_OBJ", perms = ["READ", "EXECUTE"] },
    { tag = "GROUP", who = "builtin_users", perms = ["READ", "EXECUTE"] },
    { tag = "MASK", perms = ["READ", "EXECUTE"] },
    { tag = "OTHER", perms = [] },
    { tag = "USER_OBJ", perms = ["READ", "WRITE", "EXECUTE"], default = true },
    { tag = "GROUP_OBJ", perms = ["READ", "EXECUTE"], default = true },
    { tag = "OTHER", perms = [], default = true },
  ]
}
