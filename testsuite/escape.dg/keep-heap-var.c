/* escape_keep_heap on the local variable that receives an allocation
   keeps that site on the heap (reason keep-heap), found through the
   link the remarks name the object by, widened: the call's result may
   be a temporary copied into the variable.  The allocation-counting
   shim shows at -O1, -O2, -O3 and -Os that each marked site still calls
   malloc, while the unmarked site of the same function is promoted.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-remarks -DESCAPE_COUNT" } */

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
work (int k)
{
  char *p __attribute__ ((escape_keep_heap)) = malloc (32); /* { dg-message "'p' \\(32 bytes, malloc\\) stays on the heap: 'p' is marked escape_keep_heap" } */
  char *q __attribute__ ((escape_keep_heap)) = get (48);
  char *r = malloc (16); /* { dg-message "'r' \\(16 bytes, malloc\\) promoted to the stack" } */
  if (!p || !r)
    return -1;
  memset (p, k, 32);
  memset (q, k + 1, 48);
  memset (r, k + 2, 16);
  int x = p[k & 31] + q[k & 15] + r[k & 15];
  free (p);
  free (q);
  free (r);
  return x;
}

__attribute__ ((noinline)) int
work_cond (int k)
{
  char *s __attribute__ ((escape_keep_heap));
  if (k > 2)
    s = malloc (20); /* { dg-message "'s' \\(20 bytes, malloc\\) stays on the heap: 's' is marked escape_keep_heap" } */
  else
    s = calloc (4, 5); /* { dg-message "'s' \\(20 bytes, calloc\\) stays on the heap: 's' is marked escape_keep_heap" } */
  if (!s)
    return -1;
  s[k & 15] = k;
  int x = s[k & 15];
  free (s);
  return x;
}

int
main (void)
{
  int bad = 0;
  /* The first printf allocates stdout's buffer: not in a count.  */
  printf ("keep-heap: ");
  alloc_count_calls = 0;
  int a = work (4);
  bad |= alloc_count_check ("work", 2);
  int b = work_cond (7);
  bad |= alloc_count_check ("work_cond", 1);
  printf ("%d %d %d\n", a, b, bad);
  return bad;
}

/* { dg-output "keep-heap: 15 7 0" } */
/* { dg-final { scan-escape-dump-times "heap \\(keep-heap\\)" 4 } } */
/* { dg-final { scan-escape-dump-times "promoted: " 1 } } */
