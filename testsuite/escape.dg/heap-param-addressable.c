/* A callee whose pointer parameter lives in memory (its address is
   taken) and is freed from there: the parameter summary must not call
   it unused.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-remarks" } */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
__attribute__((noinline)) void free_pp (char **pp) { free (*pp); }
__attribute__((noinline)) void rel (char *p) { free_pp (&p); }   /* p is addressable */
__attribute__((noinline)) int f (int k)
{
  char *p = malloc (32);
  memset (p, 'a' + k, 32);
  int r = p[k];
  rel (p);
  return r;
}
int main (int argc, char **argv)
{
  printf ("%d\n", f (argc));
  return 0;
}

/* { dg-message "'p' \\(32 bytes, malloc\\) stays on the heap: passed to 'rel' \\(argument 1\\), which may capture it \\(line 17\\)" "" { target *-*-* } 14 } */
/* { dg-output "98" } */
/* { dg-final { scan-escape-dump "heap \\(call-capture\\): 'p'" } } */
