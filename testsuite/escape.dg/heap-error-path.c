/* The object escapes only on an error path (handed to an error
   reporter that keeps it): one escaping path is enough to keep it on the
   heap.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-remarks" } */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char *last_error;

__attribute__ ((noinline)) void
report_error (char *msg)
{
  free (last_error);
  last_error = msg;
}

__attribute__ ((noinline)) int
parse (int v)
{
  char *buf = malloc (32); /* { dg-message "'buf' \\(32 bytes, malloc\\) stays on the heap: passed to 'report_error' \\(argument 1\\), which may capture it \\(line 29\\)" } */
  if (!buf)
    return -1;
  if (v < 0)
    {
      strcpy (buf, "negative");
      report_error (buf);
      return -1;
    }
  buf[0] = (char) v;
  int r = buf[0];
  free (buf);
  return r;
}

int
main (void)
{
  int t = parse (5) + parse (-1) + parse (9);
  printf ("t=%d %s\n", t, last_error);
  return 0;
}

/* { dg-output "t=13 negative" } */
/* { dg-final { scan-escape-dump "heap \\(call-capture\\): 'buf'" } } */
