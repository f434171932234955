/* -fdump-statistics counts the plugin's verdicts: "escape promoted" and
   "escape declined: TAG", one event a site, in the function of the
   site.  */
/* { dg-do compile } */
/* { dg-options "-O2 -fplugin-arg-escape-remarks -fdump-statistics" } */

#include <stdlib.h>
#include <string.h>

void *keep;
extern void use (char *);

int
promoted (int k)
{
  char *p = malloc (32); /* { dg-message "promoted to the stack" } */
  memset (p, k, 31);
  p[31] = 0;
  int r = strlen (p);
  free (p);
  return r;
}

int
declined (int k)
{
  char *q = malloc (16); /* { dg-message "stored to global variable 'keep'" } */
  q[0] = k;
  keep = q;
  char *r = malloc (16); /* { dg-message "may capture it" } */
  use (r);
  return 0;
}

/* { dg-final { scan-tree-dump-times "escape \"escape promoted\" \"promoted\" 1" 1 statistics } } */
/* { dg-final { scan-tree-dump-times "escape \"escape declined: stored-global\" \"declined\" 1" 1 statistics } } */
/* { dg-final { scan-tree-dump-times "escape \"escape declined: call-capture\" \"declined\" 1" 1 statistics } } */
/* { dg-final { scan-tree-dump-times "escape \"escape (promoted|declined)" 3 statistics } } */
