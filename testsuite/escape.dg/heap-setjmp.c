/* A function that calls setjmp is left alone.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-remarks" } */

#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>

static jmp_buf env;

__attribute__ ((noinline)) void
fail (int v)
{
  if (v > 2)
    longjmp (env, v);
}

__attribute__ ((noinline)) int
work (int i)
{
  int *p = malloc (16); /* { dg-message "'p' \\(16 bytes, malloc\\) stays on the heap: function calls setjmp or another returns_twice function" } */
  if (!p)
    return -1;
  p[0] = i;
  if (setjmp (env))
    {
      free (p);
      return 100;
    }
  fail (i);
  int r = p[0];
  free (p);
  return r;
}

int
main (void)
{
  printf ("r=%d\n", work (1) + work (5));
  return 0;
}

/* { dg-output "r=101" } */
/* { dg-final { scan-escape-dump "heap \\(setjmp\\): 'p'" } } */
