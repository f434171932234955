/* sizecount.c -- LD_PRELOAD shim counting the malloc calls of some sizes.

   Use:  LD_PRELOAD=./sizecount.so SIZECOUNT_SIZES=48,64 \
	   SIZECOUNT_OUT=FILE ./tally
   writes to FILE at exit the number of malloc calls whose size is one of
   SIZECOUNT_SIZES.  glibc only: it forwards to __libc_malloc.  */

#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

extern void *__libc_malloc (size_t);

static unsigned long counted;

/* Whether SIZE is listed in SIZECOUNT_SIZES.  */

static int
size_listed (size_t size)
{
  const char *p = getenv ("SIZECOUNT_SIZES");
  while (p && *p)
    {
      char *end;
      unsigned long v = strtoul (p, &end, 10);
      if (end == p)
	break;
      if (v == size)
	return 1;
      p = *end == ',' ? end + 1 : end;
    }
  return 0;
}

/* malloc, counted.  */

void *
malloc (size_t size)
{
  if (size_listed (size))
    counted++;
  return __libc_malloc (size);
}

/* Write the count at exit.  */

__attribute__ ((destructor)) static void
sizecount_write (void)
{
  const char *out = getenv ("SIZECOUNT_OUT");
  FILE *f = out ? fopen (out, "w") : NULL;
  if (f)
    {
      fprintf (f, "%lu\n", counted);
      fclose (f);
    }
}
