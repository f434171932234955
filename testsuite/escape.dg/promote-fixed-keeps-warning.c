/* The warnings GCC gives about a heap object of known size stay: a slot
   of the object's own size is not marked (only guarded slots, of a size
   the heap object does not have, are).  */
/* { dg-do compile } */
/* { dg-options "-O2 -Wall -fplugin-arg-escape-remarks" } */

#include <stdlib.h>
#include <string.h>

int
work (int k) /* { dg-message "declared here" } */
{
  char *p = malloc (10); /* { dg-message "'p' \\(10 bytes, malloc\\) promoted to the stack" } */
  if (!p)
    return -1;
  memset (p, 0, 20); /* { dg-warning "memset" } */
  int r = p[k];
  free (p);
  return r;
}
