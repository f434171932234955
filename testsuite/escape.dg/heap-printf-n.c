/* printf's %n writes through its argument and %p turns the address into
   text: an object passed to either conversion stays on the heap even
   without strict-libc, as does a %s argument of a format that is not a
   constant (the conversion cannot be told).  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-remarks -Wno-format-security -Wno-format-nonliteral" } */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

__attribute__ ((noinline)) int
work (int i, const char *fmt)
{
  int *count = malloc (sizeof (int)); /* { dg-message "'count' \\(4 bytes, malloc\\) stays on the heap: passed to 'printf' \\(argument 3\\), which may capture it \\(line 21\\)" } */
  char *s = malloc (8); /* { dg-message "'s' \\(8 bytes, malloc\\) stays on the heap: passed to 'printf' \\(argument 2\\), which may capture it \\(line 23\\)" } */
  if (!count || !s)
    return -1;
  *count = 0;
  strcpy (s, "ab");
  printf ("%d%n\n", i, count);
  int r = *count;
  printf (fmt, s);
  free (s);
  free (count);
  return r;
}

int
main (void)
{
  return work (42, "%s\n") == 2 ? 0 : 1;
}

/* { dg-output "42\[\r\n\]+ab" } */
/* { dg-final { scan-escape-dump-times "heap \\(call-capture\\)" 2 } } */
