/* escape_keep_heap on a function keeps its allocation sites on the heap
   with the reason keep-heap-function, also where the function is
   inlined into one without the attribute, and also the sites inlined
   into it.  The allocation-counting shim shows that the sites really
   stay heap calls at every level, and a site of the same shape in a
   function without the attribute is still promoted.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-remarks -DESCAPE_COUNT" } */

#include <string.h>
#include "alloc-count.h"

static inline __attribute__ ((always_inline)) char *
plain_new (size_t n)
{
  char *s = malloc (n); /* { dg-message "'s' \\(24 bytes, malloc\\) stays on the heap: 'kept' is marked escape_keep_heap" } */
  if (!s)
    abort ();
  return s;
}

__attribute__ ((noinline, escape_keep_heap)) int
kept (int k)
{
  char *a = malloc (32); /* { dg-message "'a' \\(32 bytes, malloc\\) stays on the heap: 'kept' is marked escape_keep_heap" } */
  char *b = plain_new (24);
  if (!a)
    return -1;
  memset (a, k, 32);
  memset (b, k + 1, 24);
  int r = a[k & 31] + b[k & 7];
  free (a);
  free (b);
  return r;
}

static inline __attribute__ ((always_inline, escape_keep_heap)) int
kept_inline (int k)
{
  char *c = malloc (16); /* { dg-message "'c' \\(16 bytes, malloc\\) stays on the heap: 'kept_inline' is marked escape_keep_heap" } */
  if (!c)
    return -1;
  memset (c, k, 16);
  int r = c[k & 15];
  free (c);
  return r;
}

__attribute__ ((noinline)) int
not_kept (int k)
{
  char *d = malloc (16); /* { dg-message "'d' \\(16 bytes, malloc\\) promoted to the stack" } */
  if (!d)
    return -1;
  memset (d, k, 16);
  int r = d[k & 15];
  free (d);
  return r + kept_inline (k);
}

int
main (void)
{
  int bad = 0;
  int r = kept (3);
  bad |= alloc_count_check ("kept", 2);
  int s = not_kept (5);
  bad |= alloc_count_check ("not_kept", 1);
  printf ("%d %d %d\n", r, s, bad);
  return bad;
}

/* { dg-output "7 10 0" } */
/* { dg-final { scan-escape-dump-times "heap \\(keep-heap-function\\)" 3 } } */
