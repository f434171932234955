/* heap-frame-limit.c under -Wstack-usage=1200 -Werror: the same limit,
   counted as the stack the function uses.  */
/* { dg-do compile } */
/* { dg-options "-O2 -Wstack-usage=1200 -Werror -fplugin-arg-escape-remarks" } */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

__attribute__ ((noinline)) int
work (const char *s, int k)
{
  char local[256];
  strncpy (local, s, sizeof local - 1);
  local[sizeof local - 1] = 0;
  char *p = malloc (1024); /* { dg-message "'p' \\(1024 bytes, malloc\\) stays on the heap: 1024 bytes needed would not fit the frame limit of 1200 bytes \\(-Wframe-larger-than= or -Wstack-usage=\\), of which about \[0-9\]+ bytes are estimated used already" } */
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

/* { dg-final { scan-escape-dump "heap \\(frame-limit\\): 'p'" } } */
