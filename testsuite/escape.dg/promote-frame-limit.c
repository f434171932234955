/* heap-frame-limit.c with a frame limit that leaves room: the object is
   promoted, and the frame still fits -Wframe-larger-than=4000.  */
/* { dg-do run } */
/* { dg-options "-Wframe-larger-than=4000 -Werror -fplugin-arg-escape-remarks" } */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

__attribute__ ((noinline)) int
work (const char *s, int k)
{
  char local[256];
  strncpy (local, s, sizeof local - 1);
  local[sizeof local - 1] = 0;
  char *p = malloc (1024); /* { dg-message "'p' \\(1024 bytes, malloc\\) promoted to the stack" } */
  if (!p)
    return -1;
  memset (p, k, 1024);
  memcpy (p + k, local, strlen (local));
  int r = p[k] + p[k + 1023 - k];
  free (p);
  return r;
}

int
main (void)
{
  printf ("r=%d\n", work ("hello", 3) + work ("world", 100));
  return 0;
}

/* { dg-output "r=326" } */
/* { dg-final { scan-escape-dump "promoted: 'p'" } } */
