/* A call that receives the promoted object in tail position must not
   become a sibling call (the frame would be gone while the callee reads
   the object); GCC's tail-call pass sees the slot as used by the call.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-remarks" } */

#include <stdio.h>
#include <stdlib.h>

__attribute__ ((noinline)) int
consume (const int *v, int n)
{
  int s = 0;
  for (int k = 0; k < n; k++)
    s += v[k] * (k + 1);
  return s;
}

__attribute__ ((noinline)) int
work (int i)
{
  int *v = malloc (32 * sizeof *v); /* { dg-message "'v' \\(128 bytes, malloc\\) promoted to the stack" } */
  if (!v)
    return -1;
  for (int k = 0; k < 32; k++)
    v[k] = k - i;
  return consume (v, 32);
}

int
main (void)
{
  int t = 0;
  for (int i = 0; i < 40; i++)
    t += work (i);
  printf ("t=%d\n", t);
  return 0;
}

/* { dg-output "t=24640" } */
/* { dg-final { scan-assembler-not "jmp\[ \t\]+consume" } } */
/* { dg-final { scan-assembler-not "call\[ \t\]+malloc" } } */
