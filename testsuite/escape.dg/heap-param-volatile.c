/* A volatile pointer parameter stored to a global: the parameter lives
   in memory, and the summary must say it may be captured.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-remarks" } */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
char *g;
__attribute__((noinline)) void keep (char *volatile p) { g = p; }
__attribute__((noinline)) void f (int k)
{
  char *p = malloc (32);
  memset (p, 'a' + k, 31); p[31] = 0;
  keep (p);                 /* leaked: g keeps it */
}
__attribute__((noinline)) void smash (void) { volatile char buf[512]; for (int i = 0; i < 512; i++) buf[i] = 'z'; }
int main (void)
{
  f (1);
  smash ();
  printf ("%.10s\n", g);
  return 0;
}

/* { dg-message "'p' \\(32 bytes, malloc\\) stays on the heap: passed to 'keep' \\(argument 1\\), which may capture it \\(line 15\\)" "" { target *-*-* } 13 } */
/* { dg-output "bbbbbbbbbb" } */
/* { dg-final { scan-escape-dump "heap \\(call-capture\\): 'p'" } } */
