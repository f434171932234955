/* fopen, opendir and canonicalize_file_name are declared with the
   malloc attribute, but what they return is no memory the pass could
   replace (a FILE, a DIR, a string the caller frees): they get no
   remark at all (an unexpected note is an excess error here) and no
   optimization record, while the dump still lists them.  The malloc site beside them is reported
   as usual.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-remarks -fsave-optimization-record" } */

#define _GNU_SOURCE
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

__attribute__ ((noinline)) int
work (void)
{
  int n = 0;
  FILE *f = fopen ("/dev/null", "r");
  if (f)
    {
      n += fgetc (f) == EOF;
      fclose (f);
    }
  DIR *d = opendir ("/");
  if (d)
    {
      n += readdir (d) != NULL;
      closedir (d);
    }
  char *c = canonicalize_file_name ("/");
  if (c)
    {
      n += strcmp (c, "/") == 0;
      free (c);
    }
  char *b = malloc (8); /* { dg-message "'b' \\(8 bytes, malloc\\) promoted to the stack" } */
  if (b)
    {
      strcpy (b, "x");
      n += b[0] == 'x';
      free (b);
    }
  return n;
}

int
main (void)
{
  printf ("n=%d\n", work ());
  return 0;
}

/* { dg-output "n=4" } */
/* { dg-final { scan-escape-dump "heap \\(not-yet\\): 'f' \\(fopen\\)" } } */
/* { dg-final { scan-escape-dump "heap \\(not-yet\\): 'd' \\(opendir\\)" } } */
/* { dg-final { scan-escape-dump "heap \\(not-yet\\): 'c' \\(canonicalize_file_name\\)" } } */
/* { dg-final { scan-opt-record "'b' \\(8 bytes, malloc\\) promoted" } } */
/* { dg-final { scan-opt-record-not "escape: '(f|d|c)' \\(" } } */
