/* malloc (0) may return null or a unique pointer; it is left alone.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-remarks" } */

#include <stdio.h>
#include <stdlib.h>

__attribute__ ((noinline, pure)) int
same (const char *a, const char *b)
{
  return a == b;
}

__attribute__ ((noinline)) int
work (void)
{
  char *p = malloc (0); /* { dg-message "'p' \\(0 bytes, malloc\\) stays on the heap: size is zero" } */
  int r = same (p, p);
  free (p);
  return r;
}

int
main (void)
{
  printf ("r=%d\n", work ());
  return 0;
}

/* { dg-output "r=1" } */
/* { dg-final { scan-escape-dump "heap \\(zero-size\\): 'p'" } } */
