/* escape_keep_heap on the variable that receives an allocation through
   a call returning its argument (__builtin_assume_aligned, memset)
   keeps the site on the heap, also when the allocation comes from an
   inlined function: both links look through such calls.  The
   allocation-counting shim shows that each marked site still calls
   malloc, and -fcompare-debug that -g changes nothing.  */
/* { dg-do run } */
/* { dg-options "-fcompare-debug -fplugin-arg-escape-remarks -DESCAPE_COUNT" } */

#include <string.h>
#include "alloc-count.h"

static inline __attribute__ ((always_inline)) void *
get (size_t n)
{
  void *t = malloc (n); /* { dg-message "stays on the heap: 'q' is marked escape_keep_heap" } */
  if (!t)
    abort ();
  return t;
}

__attribute__ ((noinline)) int
aligned (int k)
{
  char *p __attribute__ ((escape_keep_heap))
    = __builtin_assume_aligned (malloc (16), 16); /* { dg-message "\\(16 bytes, malloc\\) stays on the heap: 'p' is marked escape_keep_heap" } */
  if (!p)
    return -1;
  strcpy (p, "hi");
  p[2] = k;
  int x = p[0] + p[2];
  free (p);
  return x;
}

__attribute__ ((noinline)) int
aligned_inlined (int k)
{
  char *q __attribute__ ((escape_keep_heap))
    = __builtin_assume_aligned (get (24), 8);
  memset (q, k, 24);
  int x = q[k & 15];
  free (q);
  return x;
}

__attribute__ ((noinline)) int
cleared (int k)
{
  char *r __attribute__ ((escape_keep_heap)) = memset (malloc (40), 0, 40); /* { dg-message "\\(40 bytes, malloc\\) stays on the heap: 'r' is marked escape_keep_heap" } */
  r[k & 31] = k;
  int x = r[k & 31] + r[(k + 1) & 31];
  free (r);
  return x;
}

int
main (void)
{
  int bad = 0;
  /* The first printf allocates stdout's buffer: not in a count.  The
     empty asms make the count be read again after each call.  */
  printf ("keep-heap-pass-through: ");
  alloc_count_calls = 0;
  int a = aligned (4);
  __asm__ volatile ("" : : : "memory");
  bad |= alloc_count_check ("aligned", 1);
  int b = aligned_inlined (7);
  __asm__ volatile ("" : : : "memory");
  bad |= alloc_count_check ("aligned_inlined", 1);
  int c = cleared (3);
  __asm__ volatile ("" : : : "memory");
  bad |= alloc_count_check ("cleared", 1);
  printf ("%d %d %d %d\n", a, b, c, bad);
  return bad;
}

/* { dg-output "keep-heap-pass-through: 108 7 3 0" } */
