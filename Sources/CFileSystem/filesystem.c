#define _GNU_SOURCE
#include "stepwell_filesystem.h"

#include <errno.h>
#include <pthread.h>
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

static int interrupt_pipe[2] = {-1, -1};
static void (*interrupt_callback)(int) = 0;
static pthread_once_t interrupt_once = PTHREAD_ONCE_INIT;
static int interrupt_status = -1;

static void on_interrupt(int number) {
  int saved = errno;
  unsigned char byte = (unsigned char)number;
  ssize_t written = write(interrupt_pipe[1], &byte, 1);
  (void)written;
  errno = saved;
}

static void *watch_interrupts(void *unused) {
  (void)unused;
  for (;;) {
    unsigned char byte = 0;
    ssize_t got = read(interrupt_pipe[0], &byte, 1);
    if (got == 1) {
      interrupt_callback((int)byte);
    } else if (got < 0 && errno == EINTR) {
      continue;
    } else {
      return 0;
    }
  }
}

static void install_interrupts(void) {
  if (pipe(interrupt_pipe) != 0) return;
  fcntl(interrupt_pipe[0], F_SETFD, FD_CLOEXEC);
  fcntl(interrupt_pipe[1], F_SETFD, FD_CLOEXEC);
  pthread_t thread;
  if (pthread_create(&thread, 0, watch_interrupts, 0) != 0) return;
  pthread_detach(thread);
  struct sigaction action;
  action.sa_handler = on_interrupt;
  sigemptyset(&action.sa_mask);
  action.sa_flags = SA_RESTART;
  sigaction(SIGINT, &action, 0);
  sigaction(SIGTERM, &action, 0);
  sigaction(SIGHUP, &action, 0);
  interrupt_status = 0;
}

int stepwell_catch_interrupts(void (*callback)(int)) {
  interrupt_callback = callback;
  pthread_once(&interrupt_once, install_interrupts);
  return interrupt_status;
}
