/* Promoted objects in nested loops never share a stack slot with
   anything live at the same time (GCC PR middle-end/90348): the slots
   get no birth clobber, and a free on a cycle is deleted rather than
   turned into an end-of-life clobber.  The program is in
   loop-slot-sharing.h; the -O2/-O3 runs printed nonzero counts before
   the fix.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-dump=details" } */

#include "loop-slot-sharing.h"

/* { dg-output "both 0 outer 0 inner 0 guarded 0" } */
/* { dg-final { scan-escape-dump-times "promoted: 'in' \\(4 bytes, malloc\\) promoted to the stack" 2 } } */
/* { dg-final { scan-escape-dump "promoted: 'in' \\(variable size, malloc\\) promoted to the stack for sizes up to 1024 bytes" } } */
/* { dg-final { scan-escape-dump-times "promoted: 'buf' \\(1 byte, malloc\\) promoted to the stack" 3 } } */
/* { dg-final { scan-escape-dump-times "free -> deleted \\(on a cycle\\)" 5 } } */
/* { dg-final { scan-escape-dump-not "escape_\[a-z\]*\[.0-9\]* =\\{v\\} .CLOBBER" } } */
