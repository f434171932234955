/* Without -fstack-clash-protection a frame must stay within the 4 KiB
   stack guard, and the frame holds more than the promoted objects: the
   return address, saved registers, the canary the plugin adds, padding.
   Two 2 KiB objects filled the guard exactly, and the first stores of
   the function (the canary, then the objects) were 4104 bytes apart;
   now the second object stays on the heap and the frame stays small.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-remarks -fno-stack-clash-protection" } */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

__attribute__ ((noinline)) long
sum (const char *p, int n)
{
  long s = 0;
  for (int i = 0; i < n; i++)
    s += p[i];
  return s;
}

__attribute__ ((noinline)) long
f (int k)
{
  char *a = malloc (2048); /* { dg-message "'a' \\(2048 bytes, malloc\\) promoted to the stack" } */
  char *b = malloc (2048); /* { dg-message "'b' \\(2048 bytes, malloc\\) stays on the heap: -fstack-clash-protection is off and the frame must not outgrow the 4096-byte stack guard: 2048 bytes needed, of which about 2560 bytes are estimated used already" } */
  if (!a || !b)
    return 0;
  memset (a, k + 1, 2048);
  long r = sum (a, 2048);
  memset (b, k, 2048);
  r += sum (b, 2048);
  free (b);
  free (a);
  return r;
}

int
main (void)
{
  printf ("%ld\n", f (3));
  return 0;
}

/* { dg-output "14336" } */
