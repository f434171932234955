/* Under -fipa-pta "escaped" means escaped from the unit, so the pass
   does not trust it (a promotion there once crashed a test program).  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-remarks -fipa-pta" } */

#include <stdio.h>
#include <stdlib.h>

__attribute__ ((noinline)) int
work (int i)
{
  int *p = malloc (16); /* { dg-message "'p' \\(16 bytes, malloc\\) stays on the heap: -fipa-pta is in effect, whose escape facts are unit-wide" } */
  if (!p)
    return -1;
  p[i & 3] = i;
  int r = p[i & 3];
  free (p);
  return r;
}

int
main (void)
{
  printf ("r=%d\n", work (6));
  return 0;
}

/* { dg-output "r=6" } */
/* { dg-final { scan-escape-dump "heap \\(ipa-pta\\): 'p'" } } */
