/* A 60,000-deep recursion that fits the stack without the plugin must
   still fit with it: by default a recursive function gets no promotion
   (max-recursive-frame-size=0).  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-remarks" } */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
__attribute__((noinline)) int rd (const char *p, int i) { return p[i]; }
__attribute__((noinline)) long walk (int n)
{
  if (n == 0) return 0;
  char *p = malloc (200);
  memset (p, n & 127, 200);
  long r = rd (p, n % 200) + walk (n - 1);
  free (p);
  return r;
}
int main (int argc, char **argv)
{
  printf ("%ld\n", walk (argc > 1 ? atoi (argv[1]) : 60000));
  return 0;
}

/* { dg-message "'p' \\(200 bytes, malloc\\) stays on the heap: function may be recursive; 208 bytes needed, 0 of the 0-byte budget for recursive functions already used" "" { target *-*-* } 14 } */
/* { dg-output "3808560" } */
/* { dg-final { scan-escape-dump "heap \\(recursive-budget\\): 'p'" } } */
