#ifndef STEPWELL_FILESYSTEM_H
#define STEPWELL_FILESYSTEM_H

/// Swaps two existing paths atomically (Linux renameat2 with RENAME_EXCHANGE).
/// Returns 0, or a negative errno value (-ENOSYS or -EINVAL where the kernel or the file system
/// cannot exchange).
int stepwell_rename_exchange(const char *first, const char *second);

/// Renames `from` to `to` only if `to` does not exist (renameat2 with RENAME_NOREPLACE).
/// Returns 0, or a negative errno value (-EEXIST when `to` exists).
int stepwell_rename_noreplace(const char *from, const char *to);

/// Whether a process with this id is alive (kill with signal 0; EPERM counts as alive).
int stepwell_process_alive(int pid);

#endif
