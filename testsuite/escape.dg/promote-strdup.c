/* strdup's size is the string's length plus one, known only at run
   time: short strings are copied into a guarded stack slot, long ones
   still go through strdup, and only those are freed (valgrind).  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-remarks" } */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

__attribute__ ((noinline)) size_t
shout (const char *s)
{
  char *d = strdup (s); /* { dg-message "'d' \\(variable size, strdup\\) promoted to the stack for sizes up to 1024 bytes; larger ones still call strdup" } */
  if (!d)
    return 0;
  for (char *p = d; *p; p++)
    if (*p >= 'a' && *p <= 'z')
      *p -= 'a' - 'A';
  size_t r = strlen (d) * 1000 + (unsigned char) d[0] + (strcmp (d, s) != 0);
  free (d);
  return r;
}

int
main (void)
{
  static char big[3000];
  memset (big, 'q', sizeof big - 1);
  size_t t = shout ("hello") + shout ("") + shout (big) + shout ("Mixed Case");
  printf ("t=%zu\n", t);
  return 0;
}

/* { dg-output "t=3014233" } */
/* { dg-final { scan-escape-dump "promoted: 'd' \\(variable size, strdup\\)" } } */
/* { dg-final { valgrind-run } } */
