#define _GNU_SOURCE
#include "stepwell_filesystem.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <sys/types.h>
#include <unistd.h>

#if defined(__linux__)
#include <sys/syscall.h>
#ifndef RENAME_NOREPLACE
#define RENAME_NOREPLACE (1 << 0)
#endif
#ifndef RENAME_EXCHANGE
#define RENAME_EXCHANGE (1 << 1)
#endif

static int rename_with_flags(const char *from, const char *to, unsigned int flags) {
#if defined(SYS_renameat2)
  if (syscall(SYS_renameat2, AT_FDCWD, from, AT_FDCWD, to, flags) == 0) return 0;
  return -errno;
#else
  (void)from;
  (void)to;
  (void)flags;
  return -ENOSYS;
#endif
}

int stepwell_rename_exchange(const char *first, const char *second) {
  return rename_with_flags(first, second, RENAME_EXCHANGE);
}

int stepwell_rename_noreplace(const char *from, const char *to) {
  return rename_with_flags(from, to, RENAME_NOREPLACE);
}
#else
int stepwell_rename_exchange(const char *first, const char *second) {
  (void)first;
  (void)second;
  return -ENOSYS;
}

int stepwell_rename_noreplace(const char *from, const char *to) {
  (void)from;
  (void)to;
  return -ENOSYS;
}
#endif

int stepwell_process_alive(int pid) {
  if (pid <= 0) return 0;
  if (kill((pid_t)pid, 0) == 0) return 1;
  return errno == EPERM;
}
