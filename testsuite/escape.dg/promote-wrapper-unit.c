/* A function of the unit that only allocates - it calls malloc with its
   own parameter, aborts when the result is null and returns it - is
   treated as malloc at its call sites when it is not inlined: a
   constant size gets a fixed slot, a variable one a guarded slot whose
   fallback still calls the wrapper.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-remarks" } */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

__attribute__ ((noinline, noclone)) static void *
xmalloc (size_t n)
{
  void *p = malloc (n); /* { dg-message "'p' \\(variable size, malloc\\) stays on the heap: returned from the function" } */
  if (p == NULL)
    abort ();
  return p;
}

__attribute__ ((noinline)) int
work (size_t n)
{
  char *a = xmalloc (32); /* { dg-message "'a' \\(32 bytes, xmalloc\\) promoted to the stack" } */
  char *b = xmalloc (n); /* { dg-message "'b' \\(variable size, xmalloc\\) promoted to the stack for sizes up to 1024 bytes; larger ones still call xmalloc" } */
  memset (a, 3, 32);
  memset (b, 1, n);
  int r = a[5] + b[n - 1] + (int) n;
  free (b);
  free (a);
  return r;
}

int
main (void)
{
  printf ("r=%d\n", work (16) + work (4000));
  return 0;
}

/* { dg-output "r=4024" } */
/* { dg-final { scan-escape-dump "promoted: 'a' \\(32 bytes, xmalloc\\)" } } */
/* { dg-final { scan-escape-dump "promoted: 'b' \\(variable size, xmalloc\\)" } } */
