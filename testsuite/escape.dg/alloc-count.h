/* alloc-count.h -- an allocation-counting shim for the execution tests
   that claim which allocator calls a function still makes ("no heap
   call" when its objects are promoted).

   The test defines malloc, calloc, realloc and aligned_alloc, which
   count and forward to glibc's own allocator; a definition in the
   executable takes the place of the C library's for every call of the
   program.  They are
   noinline, so that the calls the plugin sees stay calls of malloc.
   alloc_count_check compares the count with what the test expects only
   when the test is built with the plugin and its options define
   ESCAPE_COUNT: the baseline build without the plugin (see escape.exp)
   makes every call, and prints the same text.  Under valgrind, which
   replaces the allocator, nothing is counted, and the check is
   skipped.  */

#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <valgrind/valgrind.h>

extern void *__libc_malloc (size_t);
extern void *__libc_calloc (size_t, size_t);
extern void *__libc_realloc (void *, size_t);
extern void *__libc_memalign (size_t, size_t);

/* The allocator calls since the last alloc_count_check.  */
static unsigned long alloc_count_calls;

/* Count and forward malloc.  */

__attribute__ ((noinline, used)) void *
malloc (size_t n)
{
  alloc_count_calls++;
  return __libc_malloc (n);
}

/* Count and forward calloc.  */

__attribute__ ((noinline, used)) void *
calloc (size_t n, size_t m)
{
  alloc_count_calls++;
  return __libc_calloc (n, m);
}

/* Count and forward realloc.  */

__attribute__ ((noinline, used)) void *
realloc (void *p, size_t n)
{
  alloc_count_calls++;
  return __libc_realloc (p, n);
}

/* Count and forward aligned_alloc (glibc's is memalign's).  */

__attribute__ ((noinline, used)) void *
aligned_alloc (size_t align, size_t n)
{
  alloc_count_calls++;
  return __libc_memalign (align, n);
}

/* Check that WHAT made EXPECTED allocator calls since the last check
   (see the file comment), and start counting again.  Return 0 when it
   did (or when nothing is checked), else print why and return 1.  */

static int
alloc_count_check (const char *what, unsigned long expected)
{
  unsigned long got = alloc_count_calls;
  alloc_count_calls = 0;
#ifdef ESCAPE_COUNT
  if (!RUNNING_ON_VALGRIND && got != expected)
    {
      printf ("%s: %lu allocator calls, expected %lu\n", what, got,
	      expected);
      return 1;
    }
#else
  (void) what;
  (void) got;
  (void) expected;
#endif
  return 0;
}
