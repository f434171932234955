/* A program's own xmalloc that counts its calls is more than an
   allocator: replacing its call would lose the count.  Its call sites
   stay on the heap with the reason, and the count is right.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-remarks" } */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int calls;

__attribute__ ((noinline, noclone)) static void *
xmalloc (size_t n)
{
  calls++;
  void *p = malloc (n); /* { dg-message "'p' \\(variable size, malloc\\) stays on the heap: returned from the function" } */
  if (p == NULL)
    abort ();
  return p;
}

__attribute__ ((noinline)) int
work (size_t n)
{
  char *a = xmalloc (32); /* { dg-message "'a' \\(xmalloc\\) stays on the heap: 'xmalloc' is not treated as an allocator: its body does more than call one and return the result" } */
  char *b = xmalloc (n); /* { dg-message "'b' \\(xmalloc\\) stays on the heap: 'xmalloc' is not treated as an allocator" } */
  memset (a, 3, 32);
  memset (b, 1, n);
  int r = a[5] + b[n - 1];
  free (b);
  free (a);
  return r;
}

int
main (void)
{
  int r = work (16);
  r += work (24);
  printf ("r=%d calls=%d\n", r, calls);
  return 0;
}

/* { dg-output "r=8 calls=4" } */
/* { dg-final { scan-escape-dump "heap \\(wrapper-effects\\): 'a'" } } */
