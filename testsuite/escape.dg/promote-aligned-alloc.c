/* aligned_alloc (64, 256) is promoted to a slot aligned to 64 bytes: the
   program's own alignment check (an integer conversion used only in a
   comparison) still holds.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-remarks" } */

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

__attribute__ ((noinline)) int
work (int i)
{
  double *v = aligned_alloc (64, 256); /* { dg-message "'v' \\(256 bytes, aligned_alloc\\) promoted to the stack" } */
  if (!v)
    return -1;
  if ((uintptr_t) v % 64 != 0)
    return -2;
  for (int k = 0; k < 32; k++)
    v[k] = k * 0.5 + i;
  int r = (int) v[i & 31];
  free (v);
  return r;
}

int
main (void)
{
  int t = 0;
  for (int i = 0; i < 50; i++)
    t += work (i);
  printf ("t=%d\n", t);
  return 0;
}

/* { dg-output "t=1537" } */
/* { dg-final { scan-escape-dump "slot: escape_v\[.0-9\]* \\(256 bytes, aligned to 64\\)" } } */
/* { dg-final { scan-assembler-not "call\[ \t\]+(aligned_alloc|free)" } } */
