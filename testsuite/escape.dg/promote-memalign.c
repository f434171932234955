/* glibc's memalign (32, 96) is promoted like aligned_alloc.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-remarks" } */

#include <malloc.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

__attribute__ ((noinline)) int
work (int i)
{
  int *v = memalign (32, 96); /* { dg-message "'v' \\(96 bytes, memalign\\) promoted to the stack" } */
  if (!v)
    return -1;
  if (((uintptr_t) v & 31) != 0)
    return -2;
  for (int k = 0; k < 24; k++)
    v[k] = k ^ i;
  int r = v[i % 24];
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

/* { dg-output "t=1056" } */
/* { dg-final { scan-escape-dump "slot: escape_v\[.0-9\]* \\(96 bytes, aligned to 32\\)" } } */
/* { dg-final { scan-assembler-not "call\[ \t\]+(memalign|free)" } } */
