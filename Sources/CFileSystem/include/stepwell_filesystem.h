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

/// Catches SIGINT, SIGTERM and SIGHUP from now on (installed once, synchronously, so no signal
/// is lost). The handler only writes the signal's number to a pipe; a thread of its own reads it
/// and calls `callback` with the number outside signal context, where any call is safe.
/// Returns 0, or -1 when the pipe or the thread could not be made.
int stepwell_catch_interrupts(void (*callback)(int));

#endif
