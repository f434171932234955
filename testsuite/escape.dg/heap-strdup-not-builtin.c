/* Under -std=c11 strdup is no GCC builtin, so the plugin does not
   promote it; as a known allocator it still gets its remark, saying
   why (a malloc-attributed function that is no allocator gets none).  */
/* { dg-do run } */
/* { dg-options "-std=c11 -D_POSIX_C_SOURCE=200809L -fplugin-arg-escape-remarks" } */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

__attribute__ ((noinline)) int
work (const char *s)
{
  char *d = strdup (s); /* { dg-message "'d' \\(strdup\\) stays on the heap: 'strdup' allocations are not promoted yet" } */
  if (!d)
    return -1;
  int n = (int) strlen (d);
  free (d);
  return n;
}

int
main (void)
{
  printf ("%d\n", work ("hello"));
  return 0;
}

/* { dg-output "5" } */
