/* calloc's slot starts zeroed: a promoted calloc'd array reads as zero
   where the program did not write.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-remarks" } */

#include <stdio.h>
#include <stdlib.h>

__attribute__ ((noinline)) int
work (int i)
{
  int *a = calloc (32, sizeof *a); /* { dg-message "'a' \\(128 bytes, calloc\\) promoted to the stack" } */
  if (!a)
    return -1;
  a[i & 31] = i;
  int s = 0;
  for (int k = 0; k < 32; k++)
    s += a[k] * (k + 1);
  free (a);
  return s;
}

int
main (void)
{
  int t = 0;
  for (int i = 0; i < 64; i++)
    t += work (i);
  printf ("t=%d\n", t);
  return 0;
}

/* { dg-output "t=38720" } */
/* { dg-final { scan-escape-dump "promoted: 'a' \\(128 bytes, calloc\\)" } } */
/* { dg-final { scan-assembler-not "call\[ \t\]+(calloc|free)" } } */
