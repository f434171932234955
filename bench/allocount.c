/* allocount.c -- LD_PRELOAD shim that counts heap allocator calls.

   Build:  gcc -O2 -shared -fPIC -o allocount.so allocount.c
   Use:    LD_PRELOAD=./allocount.so ALLOCOUNT_OUT=counts.txt ./prog

   Every call of malloc, calloc, realloc, aligned_alloc, posix_memalign,
   memalign, valloc and free is counted and forwarded to glibc's own
   allocator (__libc_malloc and friends, so no dlsym bootstrap is needed).
   At exit one line is written to the file named by ALLOCOUNT_OUT
   (appended) or, when it is unset, to standard error:

     allocount malloc=N calloc=N realloc=N aligned_alloc=N
       posix_memalign=N memalign=N valloc=N free=N allocs=N

   (on one line), where allocs is the sum of all allocating calls.
   bench/run.sh divides "allocs" by the number of operations the
   benchmark program reports.  The shim is for glibc only: under
   another LD_PRELOADed allocator the counts would bypass it.  */

#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

extern void *__libc_malloc (size_t);
extern void *__libc_calloc (size_t, size_t);
extern void *__libc_realloc (void *, size_t);
extern void *__libc_memalign (size_t, size_t);
extern void __libc_free (void *);

enum { C_MALLOC, C_CALLOC, C_REALLOC, C_ALIGNED_ALLOC, C_POSIX_MEMALIGN,
       C_MEMALIGN, C_VALLOC, C_FREE, C_N };

static unsigned long long counts[C_N];

static const char *const count_names[C_N] = {
  "malloc", "calloc", "realloc", "aligned_alloc", "posix_memalign",
  "memalign", "valloc", "free"
};

/* Count one call of kind K.  */

static inline void
bump (int k)
{
  __atomic_fetch_add (&counts[k], 1, __ATOMIC_RELAXED);
}

/* Count and forward malloc.  */

void *
malloc (size_t size)
{
  bump (C_MALLOC);
  return __libc_malloc (size);
}

/* Count and forward calloc.  */

void *
calloc (size_t nmemb, size_t size)
{
  bump (C_CALLOC);
  return __libc_calloc (nmemb, size);
}

/* Count and forward realloc.  */

void *
realloc (void *ptr, size_t size)
{
  bump (C_REALLOC);
  return __libc_realloc (ptr, size);
}

/* Count and forward aligned_alloc.  */

void *
aligned_alloc (size_t alignment, size_t size)
{
  bump (C_ALIGNED_ALLOC);
  return __libc_memalign (alignment, size);
}

/* Count and forward memalign.  */

void *
memalign (size_t alignment, size_t size)
{
  bump (C_MEMALIGN);
  return __libc_memalign (alignment, size);
}

/* Count and forward valloc.  */

void *
valloc (size_t size)
{
  bump (C_VALLOC);
  return __libc_memalign (sysconf (_SC_PAGESIZE), size);
}

/* Count and forward posix_memalign, with its argument checks.  */

int
posix_memalign (void **memptr, size_t alignment, size_t size)
{
  void *p;

  bump (C_POSIX_MEMALIGN);
  if (alignment % sizeof (void *) != 0 || (alignment & (alignment - 1)) != 0
      || alignment == 0)
    return EINVAL;
  p = __libc_memalign (alignment, size);
  if (!p)
    return ENOMEM;
  *memptr = p;
  return 0;
}

/* Count and forward free.  */

void
free (void *ptr)
{
  bump (C_FREE);
  __libc_free (ptr);
}

/* Write the totals at exit.  */

static void __attribute__ ((destructor))
report (void)
{
  char line[512];
  size_t pos = 0;
  unsigned long long allocs = 0;
  const char *out = getenv ("ALLOCOUNT_OUT");
  int fd = 2;
  int k;

  for (k = 0; k < C_N; k++)
    {
      pos += snprintf (line + pos, sizeof line - pos, "%s%s=%llu",
                       k ? " " : "allocount ", count_names[k], counts[k]);
      if (k != C_FREE)
        allocs += counts[k];
    }
  pos += snprintf (line + pos, sizeof line - pos, " allocs=%llu\n", allocs);
  if (out && *out)
    {
      fd = open (out, O_WRONLY | O_CREAT | O_APPEND, 0644);
      if (fd < 0)
        fd = 2;
    }
  if (write (fd, line, pos) < 0)
    return;
  if (fd != 2)
    close (fd);
}
