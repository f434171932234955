/* The pointer's bits taken apart through a union (a BIT_FIELD_REF of the
   pointer value after FRE) and stored to globals, to be put together
   again in main: not a harmless load.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-remarks" } */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>
uint32_t glo, ghi;
__attribute__((noinline)) void stash (int k)
{
  char *p = malloc (32);
  memset (p, 'a' + k, 31); p[31] = 0;
  union { char *p; uint32_t h[2]; } u;
  u.p = p;
  glo = u.h[0]; ghi = u.h[1];
}
__attribute__((noinline)) void smash (void) { volatile char buf[512]; for (int i = 0; i < 512; i++) buf[i] = 'z'; }
int main (void)
{
  stash (1);
  smash ();
  union { char *p; uint32_t h[2]; } u;
  u.h[0] = glo; u.h[1] = ghi;
  printf ("%.10s\n", u.p);
  return 0;
}

/* { dg-message "'p' \\(32 bytes, malloc\\) stays on the heap: used by a statement the analysis does not model" "" { target *-*-* } 14 } */
/* { dg-output "bbbbbbbbbb" } */
/* { dg-final { scan-escape-dump "heap \\(unhandled-use\\): 'p'" } } */
