/* Freeing two calls deep: 'drop' passes its argument to 'release',
   which frees it, so 'drop' may free its parameter too.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-remarks -fplugin-arg-escape-dump" } */

#include <stdio.h>
#include <stdlib.h>

__attribute__ ((noinline)) void
release (int *p)
{
  free (p);
}

__attribute__ ((noinline)) void
drop (int *p, int *count)
{
  (*count)++;
  release (p);
}

__attribute__ ((noinline)) int
work (int i)
{
  int n = 0;
  int *p = malloc (16); /* { dg-message "'p' \\(16 bytes, malloc\\) stays on the heap: passed to 'drop' \\(argument 1\\), which may free it \\(line 31\\)" } */
  if (!p)
    return -1;
  p[1] = i;
  int r = p[1];
  drop (p, &n);
  return r + n;
}

int
main (void)
{
  printf ("r=%d\n", work (4) + work (5));
  return 0;
}

/* { dg-output "r=11" } */
/* { dg-final { scan-escape-dump "Summary: parameter 1 of drop: may free" } } */
