/* A recursive function's frames pile up: it gets the recursive budget
   (0 by default, 256 bytes here), so a 512-byte object stays on the
   heap while a 64-byte one is promoted.  */
/* { dg-do run } */
/* { dg-options "-fno-ipa-cp -fplugin-arg-escape-remarks -fplugin-arg-escape-max-recursive-frame-size=256" } */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

__attribute__ ((noinline)) int
walk (int depth)
{
  char *small = malloc (64); /* { dg-message "'small' \\(64 bytes, malloc\\) promoted to the stack" } */
  char *big = malloc (512); /* { dg-message "'big' \\(512 bytes, malloc\\) stays on the heap: function may be recursive; 512 bytes needed, 64 of the 256-byte budget for recursive functions already used" } */
  if (!small || !big)
    return -1;
  memset (small, depth, 64);
  memset (big, depth + 1, 512);
  int r = small[depth & 63] + big[depth & 511];
  if (depth > 0)
    r += walk (depth - 1);
  free (big);
  free (small);
  return r;
}

int
main (void)
{
  printf ("r=%d\n", walk (20));
  return 0;
}

/* { dg-output "r=441" } */
/* { dg-final { scan-escape-dump "heap \\(recursive-budget\\): 'big'" } } */
