<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About linreg-gui</source>
        <translation>About linreg-gui</translation>
    </message>
    <message>
        <source>&lt;h2&gt;linreg-gui {version}&lt;/h2&gt;&lt;p&gt;Linear regression trained by gradient descent with PyTorch, step by step, following the lesson &lt;i&gt;모델 선형회귀 모델링&lt;/i&gt;: study hours → score.&lt;/p&gt;&lt;p&gt;linreg-gui is free software under the MIT License. It bundles the components listed below, each under its own license.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;linreg-gui {version}&lt;/h2&gt;&lt;p&gt;Linear regression trained by gradient descent with PyTorch, step by step, following the lesson &lt;i&gt;모델 선형회귀 모델링&lt;/i&gt;: study hours → score.&lt;/p&gt;&lt;p&gt;linreg-gui is free software under the MIT License. It bundles the components listed below, each under its own license.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Bundled components:</source>
        <translation>&amp;Bundled components:</translation>
    </message>
    <message>
        <source>Bundled components</source>
        <translation>Bundled components</translation>
    </message>
    <message>
        <source>License text</source>
        <translation>License text</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; {version} — license: {license} — &lt;a href=&quot;{url}&quot;&gt;{url}&lt;/a&gt;</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; {version} — license: {license} — &lt;a href=&quot;{url}&quot;&gt;{url}&lt;/a&gt;</translation>
    </message>
</context>
<context>
    <name>AnimationDialog</name>
    <message>
        <source>Export animation</source>
        <translation>Export animation</translation>
    </message>
    <message>
        <source> frames/s</source>
        <translation> frames/s</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Frame rate</source>
        <translation>Frame rate</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Length</translation>
    </message>
</context>
<context>
    <name>AnimationJob</name>
    <message>
        <source>Drawing the animation: {0} frames at {1} × {2}…</source>
        <translation>Drawing the animation: {0} frames at {1} × {2}…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>BadCellsDialog</name>
    <message>
        <source>Cells that are not numbers</source>
        <translation>Cells that are not numbers</translation>
    </message>
    <message>
        <source>{0}: {1} rows have cells that cannot be used. Training can leave those rows out, or you can cancel and fix the file.</source>
        <translation>{0}: {1} rows have cells that cannot be used. Training can leave those rows out, or you can cancel and fix the file.</translation>
    </message>
    <message>
        <source>Row (line)</source>
        <translation>Row (line)</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>(whole row)</source>
        <translation>(whole row)</translation>
    </message>
    <message>
        <source>…and more: {0} bad cells in all.</source>
        <translation>…and more: {0} bad cells in all.</translation>
    </message>
    <message>
        <source>Leave these rows out</source>
        <translation>Leave these rows out</translation>
    </message>
</context>
<context>
    <name>BigReadouts</name>
    <message>
        <source>{weights}   b = {bias}   loss = {loss}</source>
        <translation>{weights}   b = {bias}   loss = {loss}</translation>
    </message>
</context>
<context>
    <name>ColumnNames</name>
    <message>
        <source>hours</source>
        <translation>hours</translation>
    </message>
    <message>
        <source>score</source>
        <translation>score</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minutes</translation>
    </message>
    <message>
        <source>previous_score</source>
        <translation>previous_score</translation>
    </message>
    <message>
        <source>area_m2</source>
        <translation>area_m2</translation>
    </message>
    <message>
        <source>price_million_won</source>
        <translation>price_million_won</translation>
    </message>
</context>
<context>
    <name>ColumnsDialog</name>
    <message>
        <source>Choose the columns</source>
        <translation>Choose the columns</translation>
    </message>
    <message>
        <source>Target column</source>
        <translation>Target column</translation>
    </message>
    <message>
        <source>Feature columns</source>
        <translation>Feature columns</translation>
    </message>
    <message>
        <source>Target (what to predict):</source>
        <translation>Target (what to predict):</translation>
    </message>
    <message>
        <source>Features (what to predict it from):</source>
        <translation>Features (what to predict it from):</translation>
    </message>
    <message>
        <source>This file has {0} columns.</source>
        <translation>This file has {0} columns.</translation>
    </message>
</context>
<context>
    <name>ControlsPanel</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Learning rate</translation>
    </message>
    <message>
        <source>Steps per run</source>
        <translation>Steps per run</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>Optimizer</translation>
    </message>
    <message>
        <source>Momentum</source>
        <translation>Momentum</translation>
    </message>
    <message>
        <source>Betas (β1, β2)</source>
        <translation>Betas (β1, β2)</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Loss</translation>
    </message>
    <message>
        <source>Huber δ</source>
        <translation>Huber δ</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Batch size</translation>
    </message>
    <message>
        <source>Standardize</source>
        <translation>Standardize</translation>
    </message>
    <message>
        <source>How far each update moves the weight and bias along the gradient; the arrows multiply or divide by 10.</source>
        <translation>How far each update moves the weight and bias along the gradient; the arrows multiply or divide by 10.</translation>
    </message>
    <message>
        <source>Drag to change the learning rate on a log scale; each tick is a factor of 10.</source>
        <translation>Drag to change the learning rate on a log scale; each tick is a factor of 10.</translation>
    </message>
    <message>
        <source>How many updates one press of Train makes, continuing from the current line.</source>
        <translation>How many updates one press of Train makes, continuing from the current line.</translation>
    </message>
    <message>
        <source>torch.manual_seed: picks the random starting weight and bias (used at Reset).</source>
        <translation>torch.manual_seed: picks the random starting weight and bias (used at Reset).</translation>
    </message>
    <message>
        <source>The rule that turns gradients into updates: plain gradient descent (SGD), with momentum, Adam or RMSprop.</source>
        <translation>The rule that turns gradients into updates: plain gradient descent (SGD), with momentum, Adam or RMSprop.</translation>
    </message>
    <message>
        <source>How much of the previous update carries over into the next one.</source>
        <translation>How much of the previous update carries over into the next one.</translation>
    </message>
    <message>
        <source>Adam&apos;s β1: how fast the running mean of gradients forgets.</source>
        <translation>Adam&apos;s β1: how fast the running mean of gradients forgets.</translation>
    </message>
    <message>
        <source>Adam&apos;s β2: how fast the running mean of squared gradients forgets.</source>
        <translation>Adam&apos;s β2: how fast the running mean of squared gradients forgets.</translation>
    </message>
    <message>
        <source>How a wrong prediction is punished: squared (MSE), absolute (MAE) or Huber.</source>
        <translation>How a wrong prediction is punished: squared (MSE), absolute (MAE) or Huber.</translation>
    </message>
    <message>
        <source>Huber loss is squared for errors smaller than δ and absolute beyond it.</source>
        <translation>Huber loss is squared for errors smaller than δ and absolute beyond it.</translation>
    </message>
    <message>
        <source>Rows used for each update, shuffled with the seed; 0 uses all rows (full batch).</source>
        <translation>Rows used for each update, shuffled with the seed; 0 uses all rows (full batch).</translation>
    </message>
    <message>
        <source>Train on columns scaled to mean 0 and spread 1; results are still shown in the data&apos;s units.</source>
        <translation>Train on columns scaled to mean 0 and spread 1; results are still shown in the data&apos;s units.</translation>
    </message>
    <message>
        <source>Learning rate slider (log scale)</source>
        <translation>Learning rate slider (log scale)</translation>
    </message>
    <message>
        <source>Adam β1</source>
        <translation>Adam β1</translation>
    </message>
    <message>
        <source>Adam β2</source>
        <translation>Adam β2</translation>
    </message>
    <message>
        <source>Gradient descent (SGD)</source>
        <translation>Gradient descent (SGD)</translation>
    </message>
    <message>
        <source>SGD with momentum</source>
        <translation>SGD with momentum</translation>
    </message>
    <message>
        <source>Adam</source>
        <translation>Adam</translation>
    </message>
    <message>
        <source>RMSprop</source>
        <translation>RMSprop</translation>
    </message>
    <message>
        <source>Mean squared error (MSE)</source>
        <translation>Mean squared error (MSE)</translation>
    </message>
    <message>
        <source>Mean absolute error (MAE)</source>
        <translation>Mean absolute error (MAE)</translation>
    </message>
    <message>
        <source>Huber</source>
        <translation>Huber</translation>
    </message>
    <message>
        <source>full batch</source>
        <translation>full batch</translation>
    </message>
    <message>
        <source>features and target</source>
        <translation>features and target</translation>
    </message>
</context>
<context>
    <name>DataError</name>
    <message>
        <source>is not a text file</source>
        <extracomment>Encodings, in the order they are tried (CP949 is what Korean Windows/Excel writes). Delimiters the sniffer chooses among, in order of preference when several fit. Files larger than this are refused rather than filling the memory of a classroom laptop. An .xlsx whose shared strings unpack past this is refused: openpyxl holds every one of them as a Python string (~8x their size in memory) even in read-only mode, used or not. Lines looked at to choose the delimiter and decide whether there is a header. The body is parsed in blocks of about this many bytes (tests shrink it to test seams). A line longer than this is never split into cells just to count them (a 50 MB line of &quot;1,2,1,2...&quot; split by the csv module took 25x its size); it stays out of the sniffed head. progress() is called at most once per this many seconds (plus at the start and the end). Bad cells kept per column after that column&apos;s first one, and in all. A bad cell&apos;s text is cut to this many characters.</extracomment>
        <translation>is not a text file</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>is empty</translation>
    </message>
    <message>
        <source>is not a number</source>
        <extracomment>The lesson&apos;s data: study hours -&gt; exam score (공부시간 -&gt; 점수).</extracomment>
        <translation>is not a number</translation>
    </message>
    <message>
        <source>is not a finite number</source>
        <translation>is not a finite number</translation>
    </message>
    <message>
        <source>there are no data rows under the header</source>
        <translation>there are no data rows under the header</translation>
    </message>
    <message>
        <source>there are no data rows</source>
        <translation>there are no data rows</translation>
    </message>
    <message>
        <source>every row has a bad cell in the chosen columns; the first: {first}</source>
        <translation>every row has a bad cell in the chosen columns; the first: {first}</translation>
    </message>
    <message>
        <source>there is no column {name!r} (columns: {columns})</source>
        <translation>there is no column {name!r} (columns: {columns})</translation>
    </message>
    <message>
        <source>there is no target column {name!r} (columns: {columns})</source>
        <translation>there is no target column {name!r} (columns: {columns})</translation>
    </message>
    <message>
        <source>there is no feature column {name!r} (columns: {columns})</source>
        <translation>there is no feature column {name!r} (columns: {columns})</translation>
    </message>
    <message>
        <source>needs at least two columns: one feature and the target</source>
        <translation>needs at least two columns: one feature and the target</translation>
    </message>
    <message>
        <source>{name!r} cannot be both a feature and the target</source>
        <translation>{name!r} cannot be both a feature and the target</translation>
    </message>
    <message>
        <source>feature {name!r} is chosen twice</source>
        <translation>feature {name!r} is chosen twice</translation>
    </message>
    <message>
        <source>there is no feature column</source>
        <translation>there is no feature column</translation>
    </message>
    <message>
        <source>has 1 cell, the header has {width}</source>
        <translation>has 1 cell, the header has {width}</translation>
    </message>
    <message>
        <source>has {cells} cells, the header has {width}</source>
        <translation>has {cells} cells, the header has {width}</translation>
    </message>
    <message>
        <source>has 1 cell, the first rows have {width}</source>
        <translation>has 1 cell, the first rows have {width}</translation>
    </message>
    <message>
        <source>has {cells} cells, the first rows have {width}</source>
        <translation>has {cells} cells, the first rows have {width}</translation>
    </message>
    <message>
        <source>no cell holds a number: is this a table of numbers?</source>
        <translation>no cell holds a number: is this a table of numbers?</translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translation>is a folder, not a file</translation>
    </message>
    <message>
        <source>is too large to load ({size} MB; the limit is {limit} MB)</source>
        <translation>is too large to load ({size} MB; the limit is {limit} MB)</translation>
    </message>
    <message>
        <source>file not found</source>
        <translation>file not found</translation>
    </message>
    <message>
        <source>cannot be opened: permission denied</source>
        <translation>cannot be opened: permission denied</translation>
    </message>
    <message>
        <source>cannot be read: {error}</source>
        <translation>cannot be read: {error}</translation>
    </message>
    <message>
        <source>is not a text file (it holds NUL bytes)</source>
        <translation>is not a text file (it holds NUL bytes)</translation>
    </message>
    <message>
        <source>is not a text file (it is neither UTF-8 nor CP949 Korean text)</source>
        <translation>is not a text file (it is neither UTF-8 nor CP949 Korean text)</translation>
    </message>
    <message>
        <source>is an old Excel file (.xls): save it as CSV UTF-8 (or .xlsx) and open that</source>
        <translation>is an old Excel file (.xls): save it as CSV UTF-8 (or .xlsx) and open that</translation>
    </message>
    <message>
        <source>has a quote (&quot;) that is never closed</source>
        <translation>has a quote (&quot;) that is never closed</translation>
    </message>
    <message>
        <source>has a cell longer than {limit} characters: is this a data table?</source>
        <translation>has a cell longer than {limit} characters: is this a data table?</translation>
    </message>
    <message>
        <source>cannot be read as CSV: {error}</source>
        <translation>cannot be read as CSV: {error}</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>the file is empty</translation>
    </message>
    <message>
        <source>is not a text file (it holds control characters)</source>
        <translation>is not a text file (it holds control characters)</translation>
    </message>
    <message>
        <source>Excel files need openpyxl; save the sheet as CSV (UTF-8) and open that</source>
        <extracomment>Stands, for the csv reader, for a long line read by _long_record instead. A block that fails the fast path is halved until its halves are this small (in bytes). x86&apos;s 80-bit long double (64-bit significand, stored little-endian in 16 bytes): the quotient of two exact long doubles, rounded to float64, is float64&apos;s correctly rounded value unless it lands exactly halfway between two doubles, which is seen and redone. Digits (with the point) a token may have on this path: their integer stays below 10^19. Two bytes (read as one native uint16) to the number their two digits make, a non-digit counting as 0: &quot;47&quot; -&gt; 47, &quot;.5&quot; -&gt; 5, &quot;-3&quot; -&gt; 3.</extracomment>
        <translation>Excel files need openpyxl; save the sheet as CSV (UTF-8) and open that</translation>
    </message>
    <message>
        <source>the sheet is empty</source>
        <translation>the sheet is empty</translation>
    </message>
    <message>
        <source>unpacks to {size} MB; the limit is {limit} MB</source>
        <translation>unpacks to {size} MB; the limit is {limit} MB</translation>
    </message>
    <message>
        <source>holds text that unpacks to {size} MB; the limit is {limit} MB</source>
        <translation>holds text that unpacks to {size} MB; the limit is {limit} MB</translation>
    </message>
    <message>
        <source>cannot be read as an Excel file: {error}</source>
        <translation>cannot be read as an Excel file: {error}</translation>
    </message>
    <message>
        <source>the workbook has no sheet</source>
        <translation>the workbook has no sheet</translation>
    </message>
    <message>
        <source>{names} column names for {k} feature columns and the target (give the feature names, then the target&apos;s)</source>
        <translation>{names} column names for {k} feature columns and the target (give the feature names, then the target&apos;s)</translation>
    </message>
    <message>
        <source>the column has no name</source>
        <translation>the column has no name</translation>
    </message>
    <message>
        <source>a column name may not start or end with spaces or hold line breaks or control characters</source>
        <translation>a column name may not start or end with spaces or hold line breaks or control characters</translation>
    </message>
    <message>
        <source>two columns have the same name</source>
        <translation>two columns have the same name</translation>
    </message>
    <message>
        <source>most column names look like numbers, so the file would read back without a header; give the columns names</source>
        <translation>most column names look like numbers, so the file would read back without a header; give the columns names</translation>
    </message>
    <message>
        <source>features of shape {shape} do not fit {n} target values</source>
        <translation>features of shape {shape} do not fit {n} target values</translation>
    </message>
    <message>
        <source>value is not finite</source>
        <translation>value is not finite</translation>
    </message>
    <message>
        <source>cannot be written: {error}</source>
        <translation>cannot be written: {error}</translation>
    </message>
    <message>
        <source>row {row}</source>
        <translation>row {row}</translation>
    </message>
    <message>
        <source>column {column}</source>
        <translation>column {column}</translation>
    </message>
    <message>
        <source>not a numeric array: {error}</source>
        <translation>not a numeric array: {error}</translation>
    </message>
    <message>
        <source>features must be a 2-D table, got {n} dimensions</source>
        <translation>features must be a 2-D table, got {n} dimensions</translation>
    </message>
    <message>
        <source>{rows} feature rows but {targets} target values</source>
        <translation>{rows} feature rows but {targets} target values</translation>
    </message>
    <message>
        <source>{names} feature names for {columns} feature columns</source>
        <translation>{names} feature names for {columns} feature columns</translation>
    </message>
    <message>
        <source>has {cells} cells but the header has {columns} columns</source>
        <translation>has {cells} cells but the header has {columns} columns</translation>
    </message>
    <message>
        <source>has {cells} cells but the first row has {width}</source>
        <translation>has {cells} cells but the first row has {width}</translation>
    </message>
    <message>
        <source>is not finite</source>
        <translation>is not finite</translation>
    </message>
    <message>
        <source>no row is left to train on</source>
        <translation>no row is left to train on</translation>
    </message>
</context>
<context>
    <name>DataImporter</name>
    <message>
        <source>Data files (*.csv *.tsv *.txt *.xlsx);;All files (*)</source>
        <translation>Data files (*.csv *.tsv *.txt *.xlsx);;All files (*)</translation>
    </message>
    <message>
        <source>Reading {0}…</source>
        <translation>Reading {0}…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Opening a data file</source>
        <translation>Opening a data file</translation>
    </message>
    <message>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8 with BOM</translation>
    </message>
    <message>
        <source>CP949 (Korean Excel)</source>
        <translation>CP949 (Korean Excel)</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>comma-separated</translation>
    </message>
    <message>
        <source>semicolon-separated</source>
        <translation>semicolon-separated</translation>
    </message>
    <message>
        <source>tab-separated</source>
        <translation>tab-separated</translation>
    </message>
    <message>
        <source>{0} rows</source>
        <translation>{0} rows</translation>
    </message>
    <message>
        <source>decimal commas</source>
        <translation>decimal commas</translation>
    </message>
    <message>
        <source>no header row: columns named for you</source>
        <translation>no header row: columns named for you</translation>
    </message>
</context>
<context>
    <name>DataTableModel</name>
    <message>
        <source>{reason}; this row is left out of training</source>
        <translation>{reason}; this row is left out of training</translation>
    </message>
    <message>
        <source>{name} (target)</source>
        <translation>{name} (target)</translation>
    </message>
    <message>
        <source>Target: the value the model learns to predict. Double-click to rename.</source>
        <translation>Target: the value the model learns to predict. Double-click to rename.</translation>
    </message>
    <message>
        <source>Feature: an input of the model. Double-click to rename.</source>
        <translation>Feature: an input of the model. Double-click to rename.</translation>
    </message>
    <message>
        <source>Replace the table</source>
        <translation>Replace the table</translation>
    </message>
    <message>
        <source>Set row {row}, {column} to {text}</source>
        <translation>Set row {row}, {column} to {text}</translation>
    </message>
    <message>
        <source>Clear row {row}, {column}</source>
        <translation>Clear row {row}, {column}</translation>
    </message>
    <message>
        <source>Clear cells</source>
        <translation>Clear cells</translation>
    </message>
    <message>
        <source>Paste {rows}×{cols} cells</source>
        <translation>Paste {rows}×{cols} cells</translation>
    </message>
    <message>
        <source>Paste {rows}×{cols} cells with column names</source>
        <translation>Paste {rows}×{cols} cells with column names</translation>
    </message>
    <message>
        <source>Insert row</source>
        <translation>Insert row</translation>
    </message>
    <message>
        <source>Insert {count} rows</source>
        <translation>Insert {count} rows</translation>
    </message>
    <message>
        <source>Delete row {row}</source>
        <translation>Delete row {row}</translation>
    </message>
    <message>
        <source>Delete {count} rows</source>
        <translation>Delete {count} rows</translation>
    </message>
    <message>
        <source>Insert column &apos;{name}&apos;</source>
        <translation>Insert column &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>The table needs at least two columns, one feature and the target, so this column cannot be deleted.</source>
        <translation>The table needs at least two columns, one feature and the target, so this column cannot be deleted.</translation>
    </message>
    <message>
        <source>The table needs at least two columns, one feature and the target, so these {count} columns cannot be deleted.</source>
        <translation>The table needs at least two columns, one feature and the target, so these {count} columns cannot be deleted.</translation>
    </message>
    <message>
        <source>Delete column &apos;{name}&apos;</source>
        <translation>Delete column &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>Delete {count} columns</source>
        <translation>Delete {count} columns</translation>
    </message>
    <message>
        <source>Rename column &apos;{old}&apos; to &apos;{new}&apos;</source>
        <translation>Rename column &apos;{old}&apos; to &apos;{new}&apos;</translation>
    </message>
    <message>
        <source>Add point ({x}, {y})</source>
        <translation>Add point ({x}, {y})</translation>
    </message>
    <message>
        <source>Move point in row {row}</source>
        <translation>Move point in row {row}</translation>
    </message>
    <message>
        <source>The table needs at least two columns: one feature and the target.</source>
        <translation>The table needs at least two columns: one feature and the target.</translation>
    </message>
    <message>
        <source>No row has a number in every column yet.</source>
        <translation>No row has a number in every column yet.</translation>
    </message>
    <message>
        <source>The table has no data yet.</source>
        <translation>The table has no data yet.</translation>
    </message>
    <message>
        <source>The table cannot be changed while the model is training.</source>
        <translation>The table cannot be changed while the model is training.</translation>
    </message>
    <message>
        <source>Points can be placed on the plot only when the table has two columns.</source>
        <translation>Points can be placed on the plot only when the table has two columns.</translation>
    </message>
    <message>
        <source>A column needs a name.</source>
        <translation>A column needs a name.</translation>
    </message>
    <message>
        <source>There is already a column named &apos;{name}&apos;.</source>
        <translation>There is already a column named &apos;{name}&apos;.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a number</source>
        <translation>&apos;{text}&apos; is not a number</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a finite number</source>
        <translation>&apos;{text}&apos; is not a finite number</translation>
    </message>
    <message>
        <source>this cell is empty</source>
        <translation>this cell is empty</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>empty</translation>
    </message>
</context>
<context>
    <name>DataTableView</name>
    <message>
        <source>Add ro&amp;w</source>
        <translation>Add ro&amp;w</translation>
    </message>
    <message>
        <source>Add an empty row below the current row</source>
        <translation>Add an empty row below the current row</translation>
    </message>
    <message>
        <source>Insert row &amp;above</source>
        <translation>Insert row &amp;above</translation>
    </message>
    <message>
        <source>Insert an empty row above the current row</source>
        <translation>Insert an empty row above the current row</translation>
    </message>
    <message>
        <source>Insert row &amp;below</source>
        <translation>Insert row &amp;below</translation>
    </message>
    <message>
        <source>Insert an empty row below the current row</source>
        <translation>Insert an empty row below the current row</translation>
    </message>
    <message>
        <source>&amp;Delete rows</source>
        <translation>&amp;Delete rows</translation>
    </message>
    <message>
        <source>Delete the rows of the selected cells</source>
        <translation>Delete the rows of the selected cells</translation>
    </message>
    <message>
        <source>Add co&amp;lumn</source>
        <translation>Add co&amp;lumn</translation>
    </message>
    <message>
        <source>Add a feature column just before the target column</source>
        <translation>Add a feature column just before the target column</translation>
    </message>
    <message>
        <source>&amp;Insert column</source>
        <translation>&amp;Insert column</translation>
    </message>
    <message>
        <source>Insert a feature column left of the current column</source>
        <translation>Insert a feature column left of the current column</translation>
    </message>
    <message>
        <source>Delete colu&amp;mn</source>
        <translation>Delete colu&amp;mn</translation>
    </message>
    <message>
        <source>Delete the selected columns (the table keeps at least two)</source>
        <translation>Delete the selected columns (the table keeps at least two)</translation>
    </message>
    <message>
        <source>Re&amp;name column…</source>
        <translation>Re&amp;name column…</translation>
    </message>
    <message>
        <source>Give the current column a new name</source>
        <translation>Give the current column a new name</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>Copy the selected cells, to paste into a spreadsheet</source>
        <translation>Copy the selected cells, to paste into a spreadsheet</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <source>Paste cells copied from a spreadsheet at the current cell</source>
        <translation>Paste cells copied from a spreadsheet at the current cell</translation>
    </message>
    <message>
        <source>Cl&amp;ear cells</source>
        <translation>Cl&amp;ear cells</translation>
    </message>
    <message>
        <source>Empty the selected cells</source>
        <translation>Empty the selected cells</translation>
    </message>
    <message>
        <source>Data table</source>
        <translation>Data table</translation>
    </message>
    <message>
        <source>Each row is one example; the last column is the target the model learns to predict. Type to edit a cell; double-click a column header to rename it.</source>
        <translation>Each row is one example; the last column is the target the model learns to predict. Type to edit a cell; double-click a column header to rename it.</translation>
    </message>
    <message>
        <source>Column names?</source>
        <translation>Column names?</translation>
    </message>
    <message>
        <source>The first pasted row looks like column names: {0}.</source>
        <translation>The first pasted row looks like column names: {0}.</translation>
    </message>
    <message>
        <source>Name the columns with it and paste the rows under it as data, or paste it as a row of cells?</source>
        <translation>Name the columns with it and paste the rows under it as data, or paste it as a row of cells?</translation>
    </message>
    <message>
        <source>Use as column names</source>
        <translation>Use as column names</translation>
    </message>
    <message>
        <source>Paste as a row</source>
        <translation>Paste as a row</translation>
    </message>
    <message>
        <source>The table cannot be changed while the model is training.</source>
        <translation>The table cannot be changed while the model is training.</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>Cannot open</source>
        <translation>Cannot open</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <source>Open a saved session (.linreg) or a data file: CSV or Excel (also: drop it on the window)</source>
        <translation>Open a saved session (.linreg) or a data file: CSV or Excel (also: drop it on the window)</translation>
    </message>
    <message>
        <source>Sa&amp;mples</source>
        <translation>Sa&amp;mples</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <source>Plots as &amp;PNG image…</source>
        <translation>Plots as &amp;PNG image…</translation>
    </message>
    <message>
        <source>Plots as S&amp;VG drawing…</source>
        <translation>Plots as S&amp;VG drawing…</translation>
    </message>
    <message>
        <source>Training &amp;history as CSV…</source>
        <translation>Training &amp;history as CSV…</translation>
    </message>
    <message>
        <source>&amp;Data as CSV (opens in Excel)…</source>
        <translation>&amp;Data as CSV (opens in Excel)…</translation>
    </message>
    <message>
        <source>Open a session or a data file</source>
        <translation>Open a session or a data file</translation>
    </message>
    <message>
        <source>Sessions and data files (*.linreg *.csv *.tsv *.txt *.xlsx);;Sessions (*.linreg);;</source>
        <translation>Sessions and data files (*.linreg *.csv *.tsv *.txt *.xlsx);;Sessions (*.linreg);;</translation>
    </message>
    <message>
        <source>Stop training before opening a file.</source>
        <translation>Stop training before opening a file.</translation>
    </message>
    <message>
        <source>Stop training before opening a sample.</source>
        <translation>Stop training before opening a sample.</translation>
    </message>
    <message>
        <source>Open sample {0}</source>
        <translation>Open sample {0}</translation>
    </message>
    <message>
        <source>Sample: {0}</source>
        <translation>Sample: {0}</translation>
    </message>
    <message>
        <source>Open {0}</source>
        <translation>Open {0}</translation>
    </message>
    <message>
        <source>Opened {0}: {1}</source>
        <translation>Opened {0}: {1}</translation>
    </message>
    <message>
        <source>Could not write {0}: {1}</source>
        <translation>Could not write {0}: {1}</translation>
    </message>
    <message>
        <source>Export the plots</source>
        <translation>Export the plots</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG image (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG drawing (*.svg)</translation>
    </message>
    <message>
        <source>Width of the picture in pixels ({0} fills a full-HD slide):</source>
        <translation>Width of the picture in pixels ({0} fills a full-HD slide):</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>Cannot export</translation>
    </message>
    <message>
        <source>{0}: could not be written</source>
        <translation>{0}: could not be written</translation>
    </message>
    <message>
        <source>Plots saved to {0} ({1} pixels wide)</source>
        <translation>Plots saved to {0} ({1} pixels wide)</translation>
    </message>
    <message>
        <source>Export the training history</source>
        <translation>Export the training history</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>CSV file (*.csv)</translation>
    </message>
    <message>
        <source>Training history saved to {0}</source>
        <translation>Training history saved to {0}</translation>
    </message>
    <message>
        <source>Export the data</source>
        <translation>Export the data</translation>
    </message>
    <message>
        <source>There is no usable data.</source>
        <translation>There is no usable data.</translation>
    </message>
    <message>
        <source> ({0} rows with bad cells left out)</source>
        <translation> ({0} rows with bad cells left out)</translation>
    </message>
    <message>
        <source>Data saved to {0}{1}</source>
        <translation>Data saved to {0}{1}</translation>
    </message>
</context>
<context>
    <name>FramePainter</name>
    <message>
        <source>Step {0}   loss {1}   W {2}   b {3}</source>
        <translation>Step {0}   loss {1}   W {2}   b {3}</translation>
    </message>
</context>
<context>
    <name>Handouts</name>
    <message>
        <source>Jupyter &amp;notebook…</source>
        <translation>Jupyter &amp;notebook…</translation>
    </message>
    <message>
        <source>Save the data, settings and runs as a notebook laid out like the lesson, in the window&apos;s language; run in Jupyter it prints the app&apos;s numbers</source>
        <translation>Save the data, settings and runs as a notebook laid out like the lesson, in the window&apos;s language; run in Jupyter it prints the app&apos;s numbers</translation>
    </message>
    <message>
        <source>&amp;Report (PDF)…</source>
        <translation>&amp;Report (PDF)…</translation>
    </message>
    <message>
        <source>Save one or two A4 pages with the data, settings, plots, results and verdict, and a line for the student&apos;s name</source>
        <translation>Save one or two A4 pages with the data, settings, plots, results and verdict, and a line for the student&apos;s name</translation>
    </message>
    <message>
        <source>&amp;Animation for slides…</source>
        <translation>&amp;Animation for slides…</translation>
    </message>
    <message>
        <source>Replay the run since the last reset (the line with its residuals and the loss curve) as an animated PNG at a chosen size and frame rate</source>
        <translation>Replay the run since the last reset (the line with its residuals and the loss curve) as an animated PNG at a chosen size and frame rate</translation>
    </message>
    <message>
        <source>&amp;Print report…</source>
        <translation>&amp;Print report…</translation>
    </message>
    <message>
        <source>Print the report of the current run: data, settings, plots, results, verdict</source>
        <translation>Print the report of the current run: data, settings, plots, results, verdict</translation>
    </message>
    <message>
        <source>The settings changed between the runs since the last reset: the file repeats all {0} steps with the current settings only, so its numbers can differ from the app&apos;s.</source>
        <translation>The settings changed between the runs since the last reset: the file repeats all {0} steps with the current settings only, so its numbers can differ from the app&apos;s.</translation>
    </message>
    <message>
        <source>The file makes {0} steps from the start; the model is at step {1}.</source>
        <translation>The file makes {0} steps from the start; the model is at step {1}.</translation>
    </message>
    <message>
        <source>There is no usable data to train on.</source>
        <translation>There is no usable data to train on.</translation>
    </message>
    <message>
        <source>Saved {0}. {1}</source>
        <translation>Saved {0}. {1}</translation>
    </message>
    <message>
        <source>Saved {0}</source>
        <translation>Saved {0}</translation>
    </message>
    <message>
        <source>Export Jupyter notebook</source>
        <translation>Export Jupyter notebook</translation>
    </message>
    <message>
        <source>Jupyter notebooks (*.ipynb)</source>
        <translation>Jupyter notebooks (*.ipynb)</translation>
    </message>
    <message>
        <source>The engine has not started yet.</source>
        <translation>The engine has not started yet.</translation>
    </message>
    <message>
        <source>Export report (PDF)</source>
        <translation>Export report (PDF)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Print report</source>
        <translation>Print report</translation>
    </message>
    <message>
        <source>Could not print: {0}</source>
        <translation>Could not print: {0}</translation>
    </message>
    <message>
        <source>The report was sent to the printer.</source>
        <translation>The report was sent to the printer.</translation>
    </message>
    <message>
        <source>The animation was cancelled; nothing was written.</source>
        <translation>The animation was cancelled; nothing was written.</translation>
    </message>
    <message>
        <source>Export animation</source>
        <translation>Export animation</translation>
    </message>
    <message>
        <source>Could not make {0}: {1}</source>
        <translation>Could not make {0}: {1}</translation>
    </message>
    <message>
        <source>Animated PNG (*.png *.apng)</source>
        <translation>Animated PNG (*.png *.apng)</translation>
    </message>
</context>
<context>
    <name>InspectorView</name>
    <message>
        <source>Step inspector</source>
        <translation>Step inspector</translation>
    </message>
    <message>
        <source>Preview the next step</source>
        <translation>Preview the next step</translation>
    </message>
    <message>
        <source>Show the update the next Step (F10) will make instead of the one just made</source>
        <translation>Show the update the next Step (F10) will make instead of the one just made</translation>
    </message>
    <message>
        <source>The next training step, taken apart with its real numbers, appears here once the engine has loaded. Press Step (F10) to make it.</source>
        <translation>The next training step, taken apart with its real numbers, appears here once the engine has loaded. Press Step (F10) to make it.</translation>
    </message>
    <message>
        <source>Step {0} → {1}: the update just made, with the gradients that made it</source>
        <translation>Step {0} → {1}: the update just made, with the gradients that made it</translation>
    </message>
    <message>
        <source>Step {0} → {1}: what the next update computes (Step, F10, makes it)</source>
        <translation>Step {0} → {1}: what the next update computes (Step, F10, makes it)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source> (standardized)</source>
        <translation> (standardized)</translation>
    </message>
    <message>
        <source>pred = X @ W + b</source>
        <translation>pred = X @ W + b</translation>
    </message>
    <message>
        <source>residual pred − y</source>
        <translation>residual pred − y</translation>
    </message>
    <message>
        <source>loss term</source>
        <translation>loss term</translation>
    </message>
    <message>
        <source>The first {0} of the batch&apos;s {1} rows; the totals are over the batch.</source>
        <translation>The first {0} of the batch&apos;s {1} rows; the totals are over the batch.</translation>
    </message>
    <message>
        <source>The first {0} of {1} rows; the totals are over all rows.</source>
        <translation>The first {0} of {1} rows; the totals are over all rows.</translation>
    </message>
    <message>
        <source>all {0}</source>
        <translation>all {0}</translation>
    </message>
    <message>
        <source>batch of {0}</source>
        <translation>batch of {0}</translation>
    </message>
    <message>
        <source>Σ {0}</source>
        <translation>Σ {0}</translation>
    </message>
    <message>
        <source>mean {0}</source>
        <translation>mean {0}</translation>
    </message>
    <message>
        <source>Only the first {0} features are listed.</source>
        <translation>Only the first {0} features are listed.</translation>
    </message>
    <message>
        <source>Each row of this step&apos;s mini-batch{0}:</source>
        <translation>Each row of this step&apos;s mini-batch{0}:</translation>
    </message>
    <message>
        <source>Each row of the data{0}:</source>
        <translation>Each row of the data{0}:</translation>
    </message>
    <message>
        <source>autograd ({0}): {1}</source>
        <translation>autograd ({0}): {1}</translation>
    </message>
    <message>
        <source>formula (float64): {0}</source>
        <translation>formula (float64): {0}</translation>
    </message>
    <message>
        <source>In the data units: weight {0}, bias {1}, loss {2}</source>
        <translation>In the data units: weight {0}, bias {1}, loss {2}</translation>
    </message>
    <message>
        <source>parameter</source>
        <translation>parameter</translation>
    </message>
    <message>
        <source>autograd (.grad)</source>
        <translation>autograd (.grad)</translation>
    </message>
    <message>
        <source>formula</source>
        <translation>formula</translation>
    </message>
    <message>
        <source>agree</source>
        <translation>agree</translation>
    </message>
</context>
<context>
    <name>LandscapeView</name>
    <message>
        <source>Horizontal:</source>
        <translation>Horizontal:</translation>
    </message>
    <message>
        <source>Vertical:</source>
        <translation>Vertical:</translation>
    </message>
    <message>
        <source>Fit view</source>
        <translation>Fit view</translation>
    </message>
    <message>
        <source>Show the optimum and the whole path</source>
        <translation>Show the optimum and the whole path</translation>
    </message>
    <message>
        <source>Horizontal axis</source>
        <translation>Horizontal axis</translation>
    </message>
    <message>
        <source>Vertical axis</source>
        <translation>Vertical axis</translation>
    </message>
    <message>
        <source>Loss landscape map</source>
        <translation>Loss landscape map</translation>
    </message>
    <message>
        <source>log₁₀ loss</source>
        <translation>log₁₀ loss</translation>
    </message>
    <message>
        <source>weight ({0})</source>
        <translation>weight ({0})</translation>
    </message>
    <message>
        <source>bias</source>
        <translation>bias</translation>
    </message>
    <message>
        <source>[standardized]</source>
        <translation>[standardized]</translation>
    </message>
    <message>
        <source>No data to draw the loss landscape of.</source>
        <translation>No data to draw the loss landscape of.</translation>
    </message>
    <message>
        <source>Colour: log₁₀ of the loss; ★ the least-squares optimum; the red line is the path since the last reset.</source>
        <translation>Colour: log₁₀ of the loss; ★ the least-squares optimum; the red line is the path since the last reset.</translation>
    </message>
    <message>
        <source>Dashed lines: the paths of earlier runs kept in Compare runs, each in its colour there.</source>
        <translation>Dashed lines: the paths of earlier runs kept in Compare runs, each in its colour there.</translation>
    </message>
    <message>
        <source>Training is standardized: this is the landscape the optimizer walks, in standardized units.</source>
        <translation>Training is standardized: this is the landscape the optimizer walks, in standardized units.</translation>
    </message>
    <message>
        <source>A slice: the other parameters are held at their current values.</source>
        <translation>A slice: the other parameters are held at their current values.</translation>
    </message>
    <message>
        <source>Computed on a sample of {0} rows.</source>
        <translation>Computed on a sample of {0} rows.</translation>
    </message>
    <message>
        <source>Click the map to start from there.</source>
        <translation>Click the map to start from there.</translation>
    </message>
    <message>
        <source>Stop the run to choose a new start.</source>
        <translation>Stop the run to choose a new start.</translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <source>Data table (and moving points on the plot)</source>
        <translation>Data table (and moving points on the plot)</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Learning rate</translation>
    </message>
    <message>
        <source>Steps per run</source>
        <translation>Steps per run</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>Optimizer</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Loss</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Batch size</translation>
    </message>
    <message>
        <source>Standardize</source>
        <translation>Standardize</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Reset</translation>
    </message>
    <message>
        <source>Open files and sample data</source>
        <translation>Open files and sample data</translation>
    </message>
    <message>
        <source>Training speed</source>
        <translation>Training speed</translation>
    </message>
    <message>
        <source>Lock for students</source>
        <translation>Lock for students</translation>
    </message>
    <message>
        <source>Students can use only the ticked controls until the lock is lifted (Tools ▸ Teacher mode ▸ Unlock…). The lock is saved with the session, so an exercise file opens locked.</source>
        <translation>Students can use only the ticked controls until the lock is lifted (Tools ▸ Teacher mode ▸ Unlock…). The lock is saved with the session, so an exercise file opens locked.</translation>
    </message>
    <message>
        <source>Students may use</source>
        <translation>Students may use</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <source>Again:</source>
        <translation>Again:</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Lock</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Linear regression by gradient descent</source>
        <translation>Linear regression by gradient descent</translation>
    </message>
    <message>
        <source>&amp;Train</source>
        <translation>&amp;Train</translation>
    </message>
    <message>
        <source>Make the set number of updates, continuing from the current line (F5)</source>
        <translation>Make the set number of updates, continuing from the current line (F5)</translation>
    </message>
    <message>
        <source>&amp;Step</source>
        <translation>&amp;Step</translation>
    </message>
    <message>
        <source>Exactly one update: predict, loss, backward, optimizer step (F10)</source>
        <translation>Exactly one update: predict, loss, backward, optimizer step (F10)</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>Pause the run; press again to resume (Space)</source>
        <translation>Pause the run; press again to resume (Space)</translation>
    </message>
    <message>
        <source>St&amp;op</source>
        <translation>St&amp;op</translation>
    </message>
    <message>
        <source>End the run here (Esc)</source>
        <translation>End the run here (Esc)</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>&amp;Reset</translation>
    </message>
    <message>
        <source>Back to the seeded start: step 0, the random initial weight and bias (Ctrl+R)</source>
        <translation>Back to the seeded start: step 0, the random initial weight and bias (Ctrl+R)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Close the application</source>
        <translation>Close the application</translation>
    </message>
    <message>
        <source>&amp;About linreg-gui</source>
        <translation>&amp;About linreg-gui</translation>
    </message>
    <message>
        <source>The version, and the licenses of the bundled components</source>
        <translation>The version, and the licenses of the bundled components</translation>
    </message>
    <message>
        <source>&amp;Guided tour</source>
        <translation>&amp;Guided tour</translation>
    </message>
    <message>
        <source>The lesson&apos;s steps, one page each, pointing at the window (F1)</source>
        <translation>The lesson&apos;s steps, one page each, pointing at the window (F1)</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>&amp;Full screen</translation>
    </message>
    <message>
        <source>Fill the screen, e.g. on a classroom projector (F11)</source>
        <translation>Fill the screen, e.g. on a classroom projector (F11)</translation>
    </message>
    <message>
        <source>&amp;Reset layout</source>
        <translation>&amp;Reset layout</translation>
    </message>
    <message>
        <source>Put the panels back where they were at the first start</source>
        <translation>Put the panels back where they were at the first start</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>The language of the window; the choice is remembered</source>
        <translation>The language of the window; the choice is remembered</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Run</translation>
    </message>
    <message>
        <source>+ Row</source>
        <translation>+ Row</translation>
    </message>
    <message>
        <source>− Row</source>
        <translation>− Row</translation>
    </message>
    <message>
        <source>+ Column</source>
        <translation>+ Column</translation>
    </message>
    <message>
        <source>− Column</source>
        <translation>− Column</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Data and settings are locked while a run is in progress: press Stop to edit.</source>
        <translation>Data and settings are locked while a run is in progress: press Stop to edit.</translation>
    </message>
    <message>
        <source>Status bar</source>
        <translation>Status bar</translation>
    </message>
    <message>
        <source>Why editing is locked</source>
        <translation>Why editing is locked</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Undo {0}</source>
        <translation>&amp;Undo {0}</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;Redo {0}</source>
        <translation>&amp;Redo {0}</translation>
    </message>
    <message>
        <source>Cannot train: {0}</source>
        <translation>Cannot train: {0}</translation>
    </message>
    <message>
        <source>Ready: step {0}. Press Train (F5) or Step (F10).</source>
        <translation>Ready: step {0}. Press Train (F5) or Step (F10).</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Resume</translation>
    </message>
    <message>
        <source>Loading PyTorch…</source>
        <translation>Loading PyTorch…</translation>
    </message>
    <message>
        <source>Training…</source>
        <translation>Training…</translation>
    </message>
    <message>
        <source>Paused at step {0}. Press Space to resume, Esc to stop.</source>
        <translation>Paused at step {0}. Press Space to resume, Esc to stop.</translation>
    </message>
    <message>
        <source>Training… step {0:,}, loss {1:.4f}</source>
        <translation>Training… step {0:,}, loss {1:.4f}</translation>
    </message>
    <message>
        <source>Something went wrong in training: {0}</source>
        <translation>Something went wrong in training: {0}</translation>
    </message>
    <message>
        <source>Training failed</source>
        <translation>Training failed</translation>
    </message>
</context>
<context>
    <name>MyLine</name>
    <message>
        <source>&amp;Handles on my line</source>
        <translation>&amp;Handles on my line</translation>
    </message>
    <message>
        <source>Two handles on the model line in the plot: drag them to set W and b</source>
        <translation>Two handles on the model line in the plot: drag them to set W and b</translation>
    </message>
    <message>
        <source>S&amp;quared errors</source>
        <translation>S&amp;quared errors</translation>
    </message>
    <message>
        <source>Draw each error as a square on the plot, with their sum and mean (the MSE) beside it (Ctrl+E)</source>
        <translation>Draw each error as a square on the plot, with their sum and mean (the MSE) beside it (Ctrl+E)</translation>
    </message>
    <message>
        <source>My line: W = {w}, b = {b}. Let go to start from here.</source>
        <translation>My line: W = {w}, b = {b}. Let go to start from here.</translation>
    </message>
    <message>
        <source>Gradient descent starts from my line: press Train (F5) or Train from my line.</source>
        <translation>Gradient descent starts from my line: press Train (F5) or Train from my line.</translation>
    </message>
</context>
<context>
    <name>MyLinePanel</name>
    <message>
        <source>My line</source>
        <translation>My line</translation>
    </message>
    <message>
        <source>Set W and b yourself: drag the two handles on the line in the plot, or type them here. Gradient descent then starts from your line.</source>
        <translation>Set W and b yourself: drag the two handles on the line in the plot, or type them here. Gradient descent then starts from your line.</translation>
    </message>
    <message>
        <source>W ({0})</source>
        <translation>W ({0})</translation>
    </message>
    <message>
        <source>My line&apos;s weight W for {0}</source>
        <translation>My line&apos;s weight W for {0}</translation>
    </message>
    <message>
        <source>b</source>
        <translation>b</translation>
    </message>
    <message>
        <source>My line&apos;s bias b</source>
        <translation>My line&apos;s bias b</translation>
    </message>
    <message>
        <source>Train from my line</source>
        <translation>Train from my line</translation>
    </message>
    <message>
        <source>Start gradient descent again from my line, with the settings (Steps per run)</source>
        <translation>Start gradient descent again from my line, with the settings (Steps per run)</translation>
    </message>
    <message>
        <source>Handles</source>
        <translation>Handles</translation>
    </message>
    <message>
        <source>Two handles on the model line in the plot: drag them to set W and b (one feature only)</source>
        <translation>Two handles on the model line in the plot: drag them to set W and b (one feature only)</translation>
    </message>
    <message>
        <source>Squared errors</source>
        <translation>Squared errors</translation>
    </message>
    <message>
        <source>Draw each error as a square on the plot; their mean is the MSE</source>
        <translation>Draw each error as a square on the plot; their mean is the MSE</translation>
    </message>
</context>
<context>
    <name>NewWorksheetDialog</name>
    <message>
        <source>New worksheet</source>
        <translation>New worksheet</translation>
    </message>
    <message>
        <source>Linear regression worksheet</source>
        <translation>Linear regression worksheet</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Tasks the engine checks:</source>
        <translation>Tasks the engine checks:</translation>
    </message>
    <message>
        <source>Reach a loss below {loss} within {steps} steps</source>
        <translation>Reach a loss below {loss} within {steps} steps</translation>
    </message>
    <message>
        <source>Set W and b by hand to a loss below {loss}</source>
        <translation>Set W and b by hand to a loss below {loss}</translation>
    </message>
    <message>
        <source>Find a learning rate at which training diverges</source>
        <translation>Find a learning rate at which training diverges</translation>
    </message>
    <message>
        <source>Predict the {target} for {feature} = {x} within ±{tolerance}</source>
        <translation>Predict the {target} for {feature} = {x} within ±{tolerance}</translation>
    </message>
    <message>
        <source>x needs {0} number(s)</source>
        <translation>x needs {0} number(s)</translation>
    </message>
</context>
<context>
    <name>PlotsPanel</name>
    <message>
        <source>Loss</source>
        <translation>Loss</translation>
    </message>
    <message>
        <source>step</source>
        <translation>step</translation>
    </message>
    <message>
        <source>loss (log scale)</source>
        <translation>loss (log scale)</translation>
    </message>
    <message>
        <source>Weight and bias</source>
        <translation>Weight and bias</translation>
    </message>
    <message>
        <source>value</source>
        <translation>value</translation>
    </message>
    <message>
        <source>Data and model plot</source>
        <translation>Data and model plot</translation>
    </message>
    <message>
        <source>Loss plot</source>
        <translation>Loss plot</translation>
    </message>
    <message>
        <source>Weight and bias plot</source>
        <translation>Weight and bias plot</translation>
    </message>
    <message>
        <source>Arrow keys move the view, + and − zoom, Home shows everything.</source>
        <translation>Arrow keys move the view, + and − zoom, Home shows everything.</translation>
    </message>
    <message>
        <source>least-squares optimum</source>
        <translation>least-squares optimum</translation>
    </message>
    <message>
        <source>least squares</source>
        <translation>least squares</translation>
    </message>
    <message>
        <source>w ({name})</source>
        <translation>w ({name})</translation>
    </message>
    <message>
        <source>Predicted against actual</source>
        <translation>Predicted against actual</translation>
    </message>
    <message>
        <source>Data and model — click to add a point, drag a point to move it</source>
        <translation>Data and model — click to add a point, drag a point to move it</translation>
    </message>
    <message>
        <source>Data and model</source>
        <translation>Data and model</translation>
    </message>
    <message>
        <source>data</source>
        <translation>data</translation>
    </message>
    <message>
        <source>model</source>
        <translation>model</translation>
    </message>
    <message>
        <source>residuals</source>
        <translation>residuals</translation>
    </message>
    <message>
        <source>least-squares line</source>
        <translation>least-squares line</translation>
    </message>
    <message>
        <source>actual {name}</source>
        <translation>actual {name}</translation>
    </message>
    <message>
        <source>predicted {name}</source>
        <translation>predicted {name}</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>rows</translation>
    </message>
    <message>
        <source>perfect prediction (y = x)</source>
        <translation>perfect prediction (y = x)</translation>
    </message>
    <message>
        <source>{name} ({shown} of {total} shown)</source>
        <translation>{name} ({shown} of {total} shown)</translation>
    </message>
    <message>
        <source>least-squares {name} = {value}</source>
        <translation>least-squares {name} = {value}</translation>
    </message>
    <message>
        <source>least-squares optimum: loss ≈ 0 (an exact fit)</source>
        <translation>least-squares optimum: loss ≈ 0 (an exact fit)</translation>
    </message>
    <message>
        <source>row {row}: {x_name} = {x}, {y_name} = {y}
prediction = {p}, residual = {r}</source>
        <translation>row {row}: {x_name} = {x}, {y_name} = {y}
prediction = {p}, residual = {r}</translation>
    </message>
    <message>
        <source>row {row}: actual = {y}
prediction = {p}, residual = {r}</source>
        <translation>row {row}: actual = {y}
prediction = {p}, residual = {r}</translation>
    </message>
    <message>
        <source>step {step}: loss = {loss}</source>
        <translation>step {step}: loss = {loss}</translation>
    </message>
    <message>
        <source>step {step}: {values}</source>
        <translation>step {step}: {values}</translation>
    </message>
</context>
<context>
    <name>PredictBox</name>
    <message>
        <source>Predict</source>
        <translation>Predict</translation>
    </message>
    <message>
        <source>Type the features; the current model predicts the target.</source>
        <translation>Type the features; the current model predicts the target.</translation>
    </message>
    <message>
        <source>Predict from {0}</source>
        <translation>Predict from {0}</translation>
    </message>
    <message>
        <source>Predicted {0}</source>
        <translation>Predicted {0}</translation>
    </message>
    <message>
        <source>→ {0}</source>
        <translation>→ {0}</translation>
    </message>
    <message>
        <source>The model diverged, so this prediction means nothing: press Reset and train with a smaller learning rate.</source>
        <translation>The model diverged, so this prediction means nothing: press Reset and train with a smaller learning rate.</translation>
    </message>
</context>
<context>
    <name>PredictMark</name>
    <message>
        <source>prediction ŷ = {0}</source>
        <translation>prediction ŷ = {0}</translation>
    </message>
</context>
<context>
    <name>Presentation</name>
    <message>
        <source>&amp;Presentation mode</source>
        <translation>&amp;Presentation mode</translation>
    </message>
    <message>
        <source>Large text and lines, W, b and the loss in big type, the side panels hidden: for a projector (F9)</source>
        <translation>Large text and lines, W, b and the loss in big type, the side panels hidden: for a projector (F9)</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Zoom &amp;in</translation>
    </message>
    <message>
        <source>Larger text (Ctrl+=)</source>
        <translation>Larger text (Ctrl+=)</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Zoom &amp;out</translation>
    </message>
    <message>
        <source>Smaller text (Ctrl+-)</source>
        <translation>Smaller text (Ctrl+-)</translation>
    </message>
    <message>
        <source>&amp;Normal size</source>
        <translation>&amp;Normal size</translation>
    </message>
    <message>
        <source>Text at its normal size (Ctrl+0)</source>
        <translation>Text at its normal size (Ctrl+0)</translation>
    </message>
    <message>
        <source>W, b and the loss</source>
        <translation>W, b and the loss</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Look in:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Files of &amp;type:</translation>
    </message>
</context>
<context>
    <name>ReadoutsPanel</name>
    <message>
        <source>Model</source>
        <extracomment>While a model trains at full speed, the numbers are shown at most this many times a second (each update costs the training a share of a frame); above the &gt;= 10 frames a second the worker sends then, so every such frame shows them. Paced runs show every frame. The widest number fmt() writes: value labels reserve its width, so that a number growing a digit does not lay out the panel, and with it the window, again (twice, while training).</extracomment>
        <translation>Model</translation>
    </message>
    <message>
        <source>now</source>
        <translation>now</translation>
    </message>
    <message>
        <source>least squares</source>
        <translation>least squares</translation>
    </message>
    <message>
        <source>gap</source>
        <translation>gap</translation>
    </message>
    <message>
        <source>How far the current model is from the optimum</source>
        <translation>How far the current model is from the optimum</translation>
    </message>
    <message>
        <source>Run status</source>
        <translation>Run status</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Loss ({0})</source>
        <translation>Loss ({0})</translation>
    </message>
    <message>
        <source>RMSE</source>
        <translation>RMSE</translation>
    </message>
    <message>
        <source>R²</source>
        <translation>R²</translation>
    </message>
    <message>
        <source>Weight w ({0})</source>
        <translation>Weight w ({0})</translation>
    </message>
    <message>
        <source>Bias b</source>
        <translation>Bias b</translation>
    </message>
</context>
<context>
    <name>ReportPainter</name>
    <message>
        <source>Linear regression by gradient descent: report</source>
        <translation>Linear regression by gradient descent: report</translation>
    </message>
    <message>
        <source>Date: {0}</source>
        <translation>Date: {0}</translation>
    </message>
    <message>
        <source>Name: {0}</source>
        <translation>Name: {0}</translation>
    </message>
    <message>
        <source>1. Data</source>
        <translation>1. Data</translation>
    </message>
    <message>
        <source>{0} rows in all; the first {1} are listed. Features: {2}; target: {3}.</source>
        <translation>{0} rows in all; the first {1} are listed. Features: {2}; target: {3}.</translation>
    </message>
    <message>
        <source>2. Settings</source>
        <translation>2. Settings</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>Optimizer</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Learning rate</translation>
    </message>
    <message>
        <source>Loss function</source>
        <translation>Loss function</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Batch</translation>
    </message>
    <message>
        <source>the whole data</source>
        <translation>the whole data</translation>
    </message>
    <message>
        <source>mini-batches of {0}</source>
        <translation>mini-batches of {0}</translation>
    </message>
    <message>
        <source>Standardized</source>
        <translation>Standardized</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <source>Updates made</source>
        <translation>Updates made</translation>
    </message>
    <message>
        <source>3. Results</source>
        <translation>3. Results</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Trained model</source>
        <translation>Trained model</translation>
    </message>
    <message>
        <source>Least squares</source>
        <translation>Least squares</translation>
    </message>
    <message>
        <source>loss ({0})</source>
        <translation>loss ({0})</translation>
    </message>
    <message>
        <source>undefined</source>
        <translation>undefined</translation>
    </message>
    <message>
        <source>Gap to the least-squares answer: the loss is {0} above the smallest possible loss {1}.</source>
        <translation>Gap to the least-squares answer: the loss is {0} above the smallest possible loss {1}.</translation>
    </message>
    <message>
        <source>4. Verdict</source>
        <translation>4. Verdict</translation>
    </message>
    <message>
        <source>No run has been made yet.</source>
        <translation>No run has been made yet.</translation>
    </message>
    <message>
        <source>Made with linreg-gui. The plots are on the next page.</source>
        <translation>Made with linreg-gui. The plots are on the next page.</translation>
    </message>
    <message>
        <source>5. Plots</source>
        <translation>5. Plots</translation>
    </message>
    <message>
        <source>The data and the line ŷ = Wx + b, with the residuals</source>
        <translation>The data and the line ŷ = Wx + b, with the residuals</translation>
    </message>
    <message>
        <source>the trained line</source>
        <translation>the trained line</translation>
    </message>
    <message>
        <source>least squares</source>
        <translation>least squares</translation>
    </message>
    <message>
        <source>residuals</source>
        <translation>residuals</translation>
    </message>
    <message>
        <source>Predicted against actual (the diagonal: a perfect fit)</source>
        <translation>Predicted against actual (the diagonal: a perfect fit)</translation>
    </message>
    <message>
        <source>actual {0}</source>
        <translation>actual {0}</translation>
    </message>
    <message>
        <source>predicted {0}</source>
        <translation>predicted {0}</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>rows</translation>
    </message>
    <message>
        <source>perfect fit</source>
        <translation>perfect fit</translation>
    </message>
    <message>
        <source>The loss ({0}) at every step, on a log scale</source>
        <translation>The loss ({0}) at every step, on a log scale</translation>
    </message>
    <message>
        <source>The loss ({0}) at every step</source>
        <translation>The loss ({0}) at every step</translation>
    </message>
    <message>
        <source>step</source>
        <translation>step</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>loss</translation>
    </message>
    <message>
        <source>The weight(s) and the bias at every step (dashed: the least-squares values)</source>
        <translation>The weight(s) and the bias at every step (dashed: the least-squares values)</translation>
    </message>
    <message>
        <source>value</source>
        <translation>value</translation>
    </message>
</context>
<context>
    <name>ResultsDialog</name>
    <message>
        <source>Worksheet results</source>
        <translation>Worksheet results</translation>
    </message>
    <message>
        <source>claimed without the run: {0}</source>
        <translation>claimed without the run: {0}</translation>
    </message>
    <message>
        <source>Export as CSV…</source>
        <translation>Export as CSV…</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Tasks done</source>
        <translation>Tasks done</translation>
    </message>
    <message>
        <source>Final loss</source>
        <translation>Final loss</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>Flagged</translation>
    </message>
    <message>
        <source>File or problem</source>
        <translation>File or problem</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>RunsModel</name>
    <message>
        <source>1 step</source>
        <translation>1 step</translation>
    </message>
    <message>
        <source>{0} steps</source>
        <translation>{0} steps</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Run</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Steps</translation>
    </message>
    <message>
        <source>Final loss</source>
        <translation>Final loss</translation>
    </message>
    <message>
        <source>Ending</source>
        <translation>Ending</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>converged</source>
        <translation>converged</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>stopped</translation>
    </message>
    <message>
        <source>diverged</source>
        <translation>diverged</translation>
    </message>
</context>
<context>
    <name>RunsView</name>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Remove the selected runs from the comparison</source>
        <translation>Remove the selected runs from the comparison</translation>
    </message>
    <message>
        <source>Clear all</source>
        <translation>Clear all</translation>
    </message>
    <message>
        <source>Remove every kept run</source>
        <translation>Remove every kept run</translation>
    </message>
    <message>
        <source>Every finished run is kept here. Reset, change one setting (e.g. the learning rate 0.001, 0.01, 0.1) and train again to compare.</source>
        <translation>Every finished run is kept here. Reset, change one setting (e.g. the learning rate 0.001, 0.01, 0.1) and train again to compare.</translation>
    </message>
    <message>
        <source>Kept runs</source>
        <translation>Kept runs</translation>
    </message>
    <message>
        <source>step</source>
        <translation>step</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>loss</translation>
    </message>
    <message>
        <source>Loss of each run (log scale)</source>
        <translation>Loss of each run (log scale)</translation>
    </message>
</context>
<context>
    <name>ScriptExport</name>
    <message>
        <source>P&amp;yTorch script…</source>
        <translation>P&amp;yTorch script…</translation>
    </message>
    <message>
        <source>Save the current data, settings and runs as a Python script that trains the same model with PyTorch alone</source>
        <translation>Save the current data, settings and runs as a Python script that trains the same model with PyTorch alone</translation>
    </message>
    <message>
        <source>The settings changed between the runs since the last reset: the script repeats all {0} steps with the current settings only, so its numbers can differ from the app&apos;s. Reset and train with one setting for an exact script.</source>
        <translation>The settings changed between the runs since the last reset: the script repeats all {0} steps with the current settings only, so its numbers can differ from the app&apos;s. Reset and train with one setting for an exact script.</translation>
    </message>
    <message>
        <source>The script makes {0} steps from the start; the model is at step {1}.</source>
        <translation>The script makes {0} steps from the start; the model is at step {1}.</translation>
    </message>
    <message>
        <source>Nothing is trained yet: the script makes one run of {0} steps, the Steps per run in Settings.</source>
        <translation>Nothing is trained yet: the script makes one run of {0} steps, the Steps per run in Settings.</translation>
    </message>
    <message>
        <source>Export PyTorch script</source>
        <translation>Export PyTorch script</translation>
    </message>
    <message>
        <source>There is no usable data to train on.</source>
        <translation>There is no usable data to train on.</translation>
    </message>
    <message>
        <source>Python scripts (*.py)</source>
        <translation>Python scripts (*.py)</translation>
    </message>
    <message>
        <source>Saved {0}. {1}</source>
        <translation>Saved {0}. {1}</translation>
    </message>
    <message>
        <source>Saved {0}: run it with python {0}</source>
        <translation>Saved {0}: run it with python {0}</translation>
    </message>
</context>
<context>
    <name>SessionController</name>
    <message>
        <source>Untitled</source>
        <extracomment>Environment variable that moves the recovery folder (scripts, end-to-end tests). The share of the GUI thread&apos;s time autosave may take (collect + encode); only very large tables (around a million rows) reach it, and then writes are spaced further apart... ...but never more than this. While a run goes on, the recovery file&apos;s history is thinned to this many records. Records kept aside before they are put into the log (bounds the memory they take). Set by the autosave while a run goes on: history() then thins to this many records and makes no JSON for the kept ones (see RUNNING_RECOVERY_RECORDS). A change is written to the recovery file this long after it, and writes are at least AUTOSAVE_MIN_GAP_MS apart: the recovery file is never more than ~3 s behind. Opens a data file (CSV, Excel) chosen in Open Recent; FileActions sets it. How long the last autosave took on the GUI thread (collect + encode), in ms.</extracomment>
        <translation>Untitled</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <source>Open a saved session (Ctrl+O)</source>
        <translation>Open a saved session (Ctrl+O)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Save the data, the settings and the training so far (Ctrl+S)</source>
        <translation>Save the data, the settings and the training so far (Ctrl+S)</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Save &amp;As…</translation>
    </message>
    <message>
        <source>Save the session under a new name (Ctrl+Shift+S)</source>
        <translation>Save the session under a new name (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>&amp;Clear list</source>
        <translation>&amp;Clear list</translation>
    </message>
    <message>
        <source>Forget the recent files</source>
        <translation>Forget the recent files</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Open &amp;Recent</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>Could not save</translation>
    </message>
    <message>
        <source>The session could not be saved.

{0}</source>
        <translation>The session could not be saved.

{0}</translation>
    </message>
    <message>
        <source>Saved {0}</source>
        <translation>Saved {0}</translation>
    </message>
    <message>
        <source>session</source>
        <translation>session</translation>
    </message>
    <message>
        <source>Could not open</source>
        <translation>Could not open</translation>
    </message>
    <message>
        <source>The session could not be opened.

{0}</source>
        <translation>The session could not be opened.

{0}</translation>
    </message>
    <message>
        <source>Opened {0}</source>
        <translation>Opened {0}</translation>
    </message>
    <message>
        <source>File not found</source>
        <translation>File not found</translation>
    </message>
    <message>
        <source>{0} no longer exists. It was removed from the recent files.</source>
        <translation>{0} no longer exists. It was removed from the recent files.</translation>
    </message>
    <message>
        <source>Automatic backup failed: {0}</source>
        <translation>Automatic backup failed: {0}</translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation>Recovery</translation>
    </message>
    <message>
        <source>A recovered session could not be read and was set aside as {0}.

{1}</source>
        <translation>A recovered session could not be read and was set aside as {0}.

{1}</translation>
    </message>
    <message>
        <source>Restored the session from {0}</source>
        <translation>Restored the session from {0}</translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>an unknown time</translation>
    </message>
    <message>
        <source>Save changes to {0} before closing?</source>
        <translation>Save changes to {0} before closing?</translation>
    </message>
    <message>
        <source>Save changes to {0} before opening another session?</source>
        <translation>Save changes to {0} before opening another session?</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>Linear regression sessions (*.linreg);;All files (*)</source>
        <translation>Linear regression sessions (*.linreg);;All files (*)</translation>
    </message>
    <message>
        <source>Open session</source>
        <translation>Open session</translation>
    </message>
    <message>
        <source>Save session</source>
        <translation>Save session</translation>
    </message>
    <message>
        <source>linreg-gui did not close properly last time. Your work was saved automatically at {time}:

{name}: {rows} rows, step {step}.

Restore it?</source>
        <translation>linreg-gui did not close properly last time. Your work was saved automatically at {time}:

{name}: {rows} rows, step {step}.

Restore it?</translation>
    </message>
    <message>
        <source>Restore unsaved work?</source>
        <translation>Restore unsaved work?</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Discard</translation>
    </message>
</context>
<context>
    <name>SessionError</name>
    <message>
        <source>cannot be saved: {error}</source>
        <extracomment>What the &quot;format&quot; field of every session file says. The schema this version writes; files with a lower version are migrated on loading. The history is thinned evenly to at most this many records when saved (first and last kept). Larger files are refused rather than filling a classroom laptop&apos;s memory. Limits that keep a damaged file from asking for absurd amounts of anything. TrainConfig&apos;s fields as a session stores them, with the JSON types each accepts.</extracomment>
        <translation>cannot be saved: {error}</translation>
    </message>
    <message>
        <source>cannot be written: {error}</source>
        <translation>cannot be written: {error}</translation>
    </message>
    <message>
        <source>is not a session file: it is nested too deeply</source>
        <translation>is not a session file: it is nested too deeply</translation>
    </message>
    <message>
        <source>is not a linreg-gui session file (no object at the top)</source>
        <translation>is not a linreg-gui session file (no object at the top)</translation>
    </message>
    <message>
        <source>is not a linreg-gui session file</source>
        <translation>is not a linreg-gui session file</translation>
    </message>
    <message>
        <source>has no schema version</source>
        <translation>has no schema version</translation>
    </message>
    <message>
        <source>file not found</source>
        <translation>file not found</translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translation>is a folder, not a file</translation>
    </message>
    <message>
        <source>cannot be read: {error}</source>
        <translation>cannot be read: {error}</translation>
    </message>
</context>
<context>
    <name>SideColumns</name>
    <message>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
</context>
<context>
    <name>SpeedControl</name>
    <message>
        <source>&amp;Full speed</source>
        <translation>&amp;Full speed</translation>
    </message>
    <message>
        <source>Full speed</source>
        <translation>Full speed</translation>
    </message>
    <message>
        <source>{0} step/s</source>
        <translation>{0} step/s</translation>
    </message>
    <message>
        <source>{0} steps/s</source>
        <translation>{0} steps/s</translation>
    </message>
    <message>
        <source>Spee&amp;d:</source>
        <translation>Spee&amp;d:</translation>
    </message>
    <message>
        <source>Steps per second while training: slow enough to watch each update, or full speed. Remembered, and saved in sessions.</source>
        <translation>Steps per second while training: slow enough to watch each update, or full speed. Remembered, and saved in sessions.</translation>
    </message>
    <message>
        <source>Training speed</source>
        <translation>Training speed</translation>
    </message>
    <message>
        <source>Spee&amp;d</source>
        <translation>Spee&amp;d</translation>
    </message>
</context>
<context>
    <name>SquaresNote</name>
    <message>
        <source>&lt;span style=&apos;color:{swatch}&apos;&gt;■&lt;/span&gt; squared errors&lt;br&gt;sum = {total}&lt;br&gt;mean = {mean} (MSE)</source>
        <translation>&lt;span style=&apos;color:{swatch}&apos;&gt;■&lt;/span&gt; squared errors&lt;br&gt;sum = {total}&lt;br&gt;mean = {mean} (MSE)</translation>
    </message>
</context>
<context>
    <name>TableProblems</name>
    <message>
        <source>1 row left out</source>
        <extracomment>At most this many left-out rows are described one by one; the count is always exact.</extracomment>
        <translation>1 row left out</translation>
    </message>
    <message>
        <source>{count} rows left out</source>
        <translation>{count} rows left out</translation>
    </message>
    <message>
        <source>row {row}, column {column}: {reason}</source>
        <translation>row {row}, column {column}: {reason}</translation>
    </message>
    <message>
        <source>; and {count} more</source>
        <translation>; and {count} more</translation>
    </message>
    <message>
        <source>{head}: {details}.</source>
        <translation>{head}: {details}.</translation>
    </message>
</context>
<context>
    <name>TeacherMode</name>
    <message>
        <source>&amp;Lock for students…</source>
        <translation>&amp;Lock for students…</translation>
    </message>
    <message>
        <source>Choose which controls students may use, with an optional password</source>
        <translation>Choose which controls students may use, with an optional password</translation>
    </message>
    <message>
        <source>&amp;Unlock…</source>
        <translation>&amp;Unlock…</translation>
    </message>
    <message>
        <source>Lift the teacher&apos;s lock (asks the password)</source>
        <translation>Lift the teacher&apos;s lock (asks the password)</translation>
    </message>
    <message>
        <source>Locked by the teacher</source>
        <translation>Locked by the teacher</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>Teacher&apos;s password:</source>
        <translation>Teacher&apos;s password:</translation>
    </message>
    <message>
        <source>Wrong password: the controls stay locked.</source>
        <translation>Wrong password: the controls stay locked.</translation>
    </message>
    <message>
        <source>The teacher locked the data table: it can be changed once the teacher unlocks it.</source>
        <translation>The teacher locked the data table: it can be changed once the teacher unlocks it.</translation>
    </message>
</context>
<context>
    <name>TeachingViews</name>
    <message>
        <source>Step inspector</source>
        <translation>Step inspector</translation>
    </message>
    <message>
        <source>Loss landscape</source>
        <translation>Loss landscape</translation>
    </message>
    <message>
        <source>Compare runs</source>
        <translation>Compare runs</translation>
    </message>
    <message>
        <source>The next step with its real numbers beside the PyTorch lines (F6)</source>
        <translation>The next step with its real numbers beside the PyTorch lines (F6)</translation>
    </message>
    <message>
        <source>The loss over weight and bias, with the optimizer&apos;s path (F7)</source>
        <translation>The loss over weight and bias, with the optimizer&apos;s path (F7)</translation>
    </message>
    <message>
        <source>The finished runs side by side, with a verdict for each (F8)</source>
        <translation>The finished runs side by side, with a verdict for each (F8)</translation>
    </message>
    <message>
        <source>Step &amp;inspector</source>
        <translation>Step &amp;inspector</translation>
    </message>
    <message>
        <source>Loss &amp;landscape</source>
        <translation>Loss &amp;landscape</translation>
    </message>
    <message>
        <source>&amp;Compare runs</source>
        <translation>&amp;Compare runs</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>T&amp;ools</source>
        <translation>T&amp;ools</translation>
    </message>
    <message>
        <source>&amp;Teacher mode</source>
        <translation>&amp;Teacher mode</translation>
    </message>
    <message>
        <source>Teaching views</source>
        <translation>Teaching views</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>Step &amp;back</source>
        <translation>Step &amp;back</translation>
    </message>
    <message>
        <source>Undo the last update: the model goes back one step, exactly (Shift+F10)</source>
        <translation>Undo the last update: the model goes back one step, exactly (Shift+F10)</translation>
    </message>
    <message>
        <source>Rep&amp;lay</source>
        <translation>Rep&amp;lay</translation>
    </message>
    <message>
        <source>Play the run again on the timeline at the chosen speed</source>
        <translation>Play the run again on the timeline at the chosen speed</translation>
    </message>
    <message>
        <source>&amp;Continue from here</source>
        <translation>&amp;Continue from here</translation>
    </message>
    <message>
        <source>Make the step shown on the timeline the model&apos;s state; training goes on from there, as if it had never gone further. The run left behind stays in Compare runs.</source>
        <translation>Make the step shown on the timeline the model&apos;s state; training goes on from there, as if it had never gone further. The run left behind stays in Compare runs.</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>Timeline: the step shown</source>
        <translation>Timeline: the step shown</translation>
    </message>
    <message>
        <source>Drag, or use Left/Right, to look at any step of this run</source>
        <translation>Drag, or use Left/Right, to look at any step of this run</translation>
    </message>
    <message>
        <source>Step {0} (latest)</source>
        <translation>Step {0} (latest)</translation>
    </message>
    <message>
        <source>Step {0} of {1}: before this session&apos;s start, {2}, so only to look at</source>
        <translation>Step {0} of {1}: before this session&apos;s start, {2}, so only to look at</translation>
    </message>
    <message>
        <source>Step {0} of {1}</source>
        <translation>Step {0} of {1}</translation>
    </message>
    <message>
        <source>Step {0} of {1}: not kept in the history, showing the nearest recorded step, {2}</source>
        <translation>Step {0} of {1}: not kept in the history, showing the nearest recorded step, {2}</translation>
    </message>
</context>
<context>
    <name>TourDialog</name>
    <message>
        <source>Data: study hours and scores</source>
        <translation>Data: study hours and scores</translation>
    </message>
    <message>
        <source>&lt;p&gt;Each row of the table is one example: the hours a student studied (the feature &lt;i&gt;x&lt;/i&gt;) and the score they got (the target &lt;i&gt;y&lt;/i&gt;). The lesson has three students: 1 hour → 20 points, 2 → 40, 3 → 60.&lt;/p&gt;&lt;p&gt;&lt;tt&gt;X_train = torch.tensor([[1],[2],[3]])&lt;/tt&gt;&lt;br&gt;&lt;tt&gt;y_train = torch.tensor([[20],[40],[60]])&lt;/tt&gt;&lt;/p&gt;&lt;p&gt;Type in the cells, paste from a spreadsheet, or open a CSV or Excel file.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Each row of the table is one example: the hours a student studied (the feature &lt;i&gt;x&lt;/i&gt;) and the score they got (the target &lt;i&gt;y&lt;/i&gt;). The lesson has three students: 1 hour → 20 points, 2 → 40, 3 → 60.&lt;/p&gt;&lt;p&gt;&lt;tt&gt;X_train = torch.tensor([[1],[2],[3]])&lt;/tt&gt;&lt;br&gt;&lt;tt&gt;y_train = torch.tensor([[20],[40],[60]])&lt;/tt&gt;&lt;/p&gt;&lt;p&gt;Type in the cells, paste from a spreadsheet, or open a CSV or Excel file.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Look at the data table on the left.</source>
        <translation>Look at the data table on the left.</translation>
    </message>
    <message>
        <source>The model: ŷ = Wx + b</source>
        <translation>The model: ŷ = Wx + b</translation>
    </message>
    <message>
        <source>&lt;p&gt;Linear regression estimates the score as a weighted sum: &lt;b&gt;ŷ = Wx + b&lt;/b&gt;. The weight &lt;i&gt;W&lt;/i&gt; says how many points each hour of study adds; the bias &lt;i&gt;b&lt;/i&gt; shifts the line up or down.&lt;/p&gt;&lt;p&gt;&lt;tt&gt;torch.manual_seed(0)&lt;/tt&gt; and &lt;tt&gt;torch.rand&lt;/tt&gt; pick the starting values W = 0.4963 and b = 0.7682, so the line starts almost flat.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Linear regression estimates the score as a weighted sum: &lt;b&gt;ŷ = Wx + b&lt;/b&gt;. The weight &lt;i&gt;W&lt;/i&gt; says how many points each hour of study adds; the bias &lt;i&gt;b&lt;/i&gt; shifts the line up or down.&lt;/p&gt;&lt;p&gt;&lt;tt&gt;torch.manual_seed(0)&lt;/tt&gt; and &lt;tt&gt;torch.rand&lt;/tt&gt; pick the starting values W = 0.4963 and b = 0.7682, so the line starts almost flat.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The line in the Data and model plot is the model.</source>
        <translation>The line in the Data and model plot is the model.</translation>
    </message>
    <message>
        <source>Prediction</source>
        <translation>Prediction</translation>
    </message>
    <message>
        <source>&lt;p&gt;The model predicts a score for every row: &lt;tt&gt;pred = X @ weight + bias&lt;/tt&gt;. Before training it predicts 1.26, 1.76 and 2.26, far from the real 20, 40 and 60.&lt;/p&gt;&lt;p&gt;The short vertical segments in the plot (residuals) are the gaps between each prediction and the real score. The Predict box asks the model about any number of hours.&lt;/p&gt;</source>
        <translation>&lt;p&gt;The model predicts a score for every row: &lt;tt&gt;pred = X @ weight + bias&lt;/tt&gt;. Before training it predicts 1.26, 1.76 and 2.26, far from the real 20, 40 and 60.&lt;/p&gt;&lt;p&gt;The short vertical segments in the plot (residuals) are the gaps between each prediction and the real score. The Predict box asks the model about any number of hours.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Look at the plot&apos;s residuals and the Predict box.</source>
        <translation>Look at the plot&apos;s residuals and the Predict box.</translation>
    </message>
    <message>
        <source>Loss: mean squared error (MSE)</source>
        <translation>Loss: mean squared error (MSE)</translation>
    </message>
    <message>
        <source>&lt;p&gt;The loss measures how wrong the predictions are: the mean of the squared gaps, &lt;tt&gt;torch.mean((pred - y)**2)&lt;/tt&gt;. At the start it is 1715.8387.&lt;/p&gt;&lt;p&gt;Training makes it fall. The Loss plot uses a log scale, so each grid line down means 10 times smaller.&lt;/p&gt;</source>
        <translation>&lt;p&gt;The loss measures how wrong the predictions are: the mean of the squared gaps, &lt;tt&gt;torch.mean((pred - y)**2)&lt;/tt&gt;. At the start it is 1715.8387.&lt;/p&gt;&lt;p&gt;Training makes it fall. The Loss plot uses a log scale, so each grid line down means 10 times smaller.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The Loss plot follows the loss step by step.</source>
        <translation>The Loss plot follows the loss step by step.</translation>
    </message>
    <message>
        <source>Gradients: loss.backward()</source>
        <translation>Gradients: loss.backward()</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;tt&gt;loss.backward()&lt;/tt&gt; computes how the loss changes when the weight or the bias changes a little: &lt;tt&gt;weight.grad&lt;/tt&gt; = −178.9621 and &lt;tt&gt;bias.grad&lt;/tt&gt; = −76.4785. A negative gradient means: make this parameter larger to lower the loss.&lt;/p&gt;&lt;p&gt;Step (F10) makes exactly one update — predict, loss, backward, optimizer step — so you can follow it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;tt&gt;loss.backward()&lt;/tt&gt; computes how the loss changes when the weight or the bias changes a little: &lt;tt&gt;weight.grad&lt;/tt&gt; = −178.9621 and &lt;tt&gt;bias.grad&lt;/tt&gt; = −76.4785. A negative gradient means: make this parameter larger to lower the loss.&lt;/p&gt;&lt;p&gt;Step (F10) makes exactly one update — predict, loss, backward, optimizer step — so you can follow it.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Use Step in the toolbar to make one update.</source>
        <translation>Use Step in the toolbar to make one update.</translation>
    </message>
    <message>
        <source>Optimizer step: gradient descent</source>
        <translation>Optimizer step: gradient descent</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;tt&gt;optimizer.step()&lt;/tt&gt; moves each parameter against its gradient, scaled by the learning rate: &lt;tt&gt;weight ← weight − lr × weight.grad&lt;/tt&gt;. With lr = 0.001 the weight goes from 0.4963 to 0.6752. &lt;tt&gt;optimizer.zero_grad()&lt;/tt&gt; then clears the gradients for the next step.&lt;/p&gt;&lt;p&gt;Try other learning rates in Settings: too small is slow, too large makes the loss explode.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;tt&gt;optimizer.step()&lt;/tt&gt; moves each parameter against its gradient, scaled by the learning rate: &lt;tt&gt;weight ← weight − lr × weight.grad&lt;/tt&gt;. With lr = 0.001 the weight goes from 0.4963 to 0.6752. &lt;tt&gt;optimizer.zero_grad()&lt;/tt&gt; then clears the gradients for the next step.&lt;/p&gt;&lt;p&gt;Try other learning rates in Settings: too small is slow, too large makes the loss explode.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The learning rate and the optimizer are in Settings.</source>
        <translation>The learning rate and the optimizer are in Settings.</translation>
    </message>
    <message>
        <source>The training loop</source>
        <translation>The training loop</translation>
    </message>
    <message>
        <source>&lt;p&gt;Training repeats the same steps: predict, compute the loss, &lt;tt&gt;backward()&lt;/tt&gt;, &lt;tt&gt;step()&lt;/tt&gt;, &lt;tt&gt;zero_grad()&lt;/tt&gt;.&lt;/p&gt;&lt;p&gt;Train (F5) makes the number of steps per run set in Settings (100 in the lesson) and continues from where the model is. Watch the weight and the bias move toward the best line. Space pauses, Esc stops.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Training repeats the same steps: predict, compute the loss, &lt;tt&gt;backward()&lt;/tt&gt;, &lt;tt&gt;step()&lt;/tt&gt;, &lt;tt&gt;zero_grad()&lt;/tt&gt;.&lt;/p&gt;&lt;p&gt;Train (F5) makes the number of steps per run set in Settings (100 in the lesson) and continues from where the model is. Watch the weight and the bias move toward the best line. Space pauses, Esc stops.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Press Train and watch the Weight and bias plot.</source>
        <translation>Press Train and watch the Weight and bias plot.</translation>
    </message>
    <message>
        <source>Result: ask the model</source>
        <translation>Result: ask the model</translation>
    </message>
    <message>
        <source>&lt;p&gt;After one step and three runs of 100 steps, the lesson&apos;s model has W = 16.2360, b = 7.0396 and loss 9.6839. The Model panel compares it with the best possible line (least squares).&lt;/p&gt;&lt;p&gt;Now ask the lesson&apos;s question in Predict: if I study 5 hours, what score will I get?&lt;/p&gt;</source>
        <translation>&lt;p&gt;After one step and three runs of 100 steps, the lesson&apos;s model has W = 16.2360, b = 7.0396 and loss 9.6839. The Model panel compares it with the best possible line (least squares).&lt;/p&gt;&lt;p&gt;Now ask the lesson&apos;s question in Predict: if I study 5 hours, what score will I get?&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The Model panel and the Predict box are on the right.</source>
        <translation>The Model panel and the Predict box are on the right.</translation>
    </message>
    <message>
        <source>Guided tour</source>
        <translation>Guided tour</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Previous page</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Next page</translation>
    </message>
    <message>
        <source>{index}. {title}</source>
        <translation>{index}. {title}</translation>
    </message>
    <message>
        <source>Page {index} of {count}</source>
        <translation>Page {index} of {count}</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Finish</translation>
    </message>
</context>
<context>
    <name>WorksheetPanel</name>
    <message>
        <source>Name:</source>
        <extracomment>The colour of a task the engine has ticked (with the tick itself, not alone).</extracomment>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Save my result…</source>
        <translation>Save my result…</translation>
    </message>
    <message>
        <source>{0} of {1} tasks done</source>
        <translation>{0} of {1} tasks done</translation>
    </message>
    <message>
        <source>Check my answer</source>
        <translation>Check my answer</translation>
    </message>
</context>
<context>
    <name>Worksheets</name>
    <message>
        <source>&amp;Worksheet</source>
        <translation>&amp;Worksheet</translation>
    </message>
    <message>
        <source>&amp;New worksheet from this window…</source>
        <translation>&amp;New worksheet from this window…</translation>
    </message>
    <message>
        <source>&amp;Open worksheet…</source>
        <translation>&amp;Open worksheet…</translation>
    </message>
    <message>
        <source>&amp;Save my result…</source>
        <translation>&amp;Save my result…</translation>
    </message>
    <message>
        <source>Students&apos; &amp;results in a folder…</source>
        <translation>Students&apos; &amp;results in a folder…</translation>
    </message>
    <message>
        <source>Worksheet</source>
        <translation>Worksheet</translation>
    </message>
    <message>
        <source>Worksheets (*{0})</source>
        <translation>Worksheets (*{0})</translation>
    </message>
    <message>
        <source>Worksheet results (*{0})</source>
        <translation>Worksheet results (*{0})</translation>
    </message>
    <message>
        <source>New worksheet</source>
        <translation>New worksheet</translation>
    </message>
    <message>
        <source>There is no usable data for a worksheet.</source>
        <translation>There is no usable data for a worksheet.</translation>
    </message>
    <message>
        <source>Saved {0}</source>
        <translation>Saved {0}</translation>
    </message>
    <message>
        <source>Open worksheet</source>
        <translation>Open worksheet</translation>
    </message>
    <message>
        <source>Stop training before opening a worksheet.</source>
        <translation>Stop training before opening a worksheet.</translation>
    </message>
    <message>
        <source>Not yet: that answer is not within the tolerance.</source>
        <translation>Not yet: that answer is not within the tolerance.</translation>
    </message>
    <message>
        <source>Save my result</source>
        <translation>Save my result</translation>
    </message>
    <message>
        <source>Open a worksheet first (Tools &gt; Worksheet).</source>
        <translation>Open a worksheet first (Tools &gt; Worksheet).</translation>
    </message>
    <message>
        <source>Type your name first.</source>
        <translation>Type your name first.</translation>
    </message>
    <message>
        <source>Worksheet results</source>
        <translation>Worksheet results</translation>
    </message>
    <message>
        <source>Open the worksheet first: the results are checked against it.</source>
        <translation>Open the worksheet first: the results are checked against it.</translation>
    </message>
    <message>
        <source>Export as CSV</source>
        <translation>Export as CSV</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>CSV file (*.csv)</translation>
    </message>
</context>
<context>
    <name>files</name>
    <message>
        <source>no file name was given</source>
        <extracomment>Where a process&apos;s running cannot be asked (Windows), a temporary file this old is stale.</extracomment>
        <translation>no file name was given</translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation>it is a folder, not a file</translation>
    </message>
    <message>
        <source>the folder {0} does not exist</source>
        <translation>the folder {0} does not exist</translation>
    </message>
    <message>
        <source>the folder {0} cannot be written to</source>
        <translation>the folder {0} cannot be written to</translation>
    </message>
    <message>
        <source>the file is read-only</source>
        <translation>the file is read-only</translation>
    </message>
</context>
<context>
    <name>inspector</name>
    <message>
        <source>{label}: plain SGD would give {p} − {lr} × {g} = {sgd}; {optimizer} gives {real} ({state})</source>
        <extracomment>Autograd and the formula agree when they differ by less than this, relative to the larger of the gradient and the size of its terms (see ``GradCheck``). float32&apos;s unit roundoff, 2^-24.</extracomment>
        <translation>{label}: plain SGD would give {p} − {lr} × {g} = {sgd}; {optimizer} gives {real} ({state})</translation>
    </message>
    <message>
        <source>{label}: plain SGD would give {p} − {lr} × {g} = {sgd}</source>
        <translation>{label}: plain SGD would give {p} − {lr} × {g} = {sgd}</translation>
    </message>
    <message>
        <source>momentum does not step by lr × gradient: its step also uses a running average of past gradients (the momentum buffer v).</source>
        <translation>momentum does not step by lr × gradient: its step also uses a running average of past gradients (the momentum buffer v).</translation>
    </message>
    <message>
        <source>adam does not step by lr × gradient: its step also uses running averages of past gradients and of their squares (m and s).</source>
        <translation>adam does not step by lr × gradient: its step also uses running averages of past gradients and of their squares (m and s).</translation>
    </message>
    <message>
        <source>rmsprop does not step by lr × gradient: its step also uses a running average of past squared gradients (s).</source>
        <translation>rmsprop does not step by lr × gradient: its step also uses a running average of past squared gradients (s).</translation>
    </message>
    <message>
        <source>Those averages were not given, so only the plain-SGD step is shown, for comparison.</source>
        <translation>Those averages were not given, so only the plain-SGD step is shown, for comparison.</translation>
    </message>
    <message>
        <source>With mini-batches of {batch} rows the next optimizer.step() uses the gradient of the next batch, not of all rows: this is the full-batch step.</source>
        <translation>With mini-batches of {batch} rows the next optimizer.step() uses the gradient of the next batch, not of all rows: this is the full-batch step.</translation>
    </message>
    <message>
        <source>With mini-batches of {batch} rows this optimizer.step() uses the gradient of one batch, the rows the seeded shuffle gives here ({rows}): the loss and the gradients shown are over those rows.</source>
        <translation>With mini-batches of {batch} rows this optimizer.step() uses the gradient of one batch, the rows the seeded shuffle gives here ({rows}): the loss and the gradients shown are over those rows.</translation>
    </message>
    <message>
        <source>depends on the optimizer&apos;s running averages (not given)</source>
        <translation>depends on the optimizer&apos;s running averages (not given)</translation>
    </message>
    <message>
        <source>Training is standardized: the optimizer walks the columns (x − mean) / std and (y − mean) / std, so its weight, bias, loss and gradients are those of the standardized columns; the data-unit results are weight = w_s · std(y) / std(x) and bias = mean(y) + std(y) · b_s − weight · mean(x).</source>
        <translation>Training is standardized: the optimizer walks the columns (x − mean) / std and (y − mean) / std, so its weight, bias, loss and gradients are those of the standardized columns; the data-unit results are weight = w_s · std(y) / std(x) and bias = mean(y) + std(y) · b_s − weight · mean(x).</translation>
    </message>
    <message>
        <source>Showing the first {shown} of {n} rows; sums, means, the loss and the gradients are over all rows.</source>
        <translation>Showing the first {shown} of {n} rows; sums, means, the loss and the gradients are over all rows.</translation>
    </message>
    <message>
        <source>Autograd (float32) and the formula (float64) differ by more than float32 rounding explains: please report this data.</source>
        <translation>Autograd (float32) and the formula (float64) differ by more than float32 rounding explains: please report this data.</translation>
    </message>
    <message>
        <source>The residuals are tiny next to the values they are differences of, so float32 (about 7 digits) limits how well autograd and the float64 formula can agree here.</source>
        <translation>The residuals are tiny next to the values they are differences of, so float32 (about 7 digits) limits how well autograd and the float64 formula can agree here.</translation>
    </message>
    <message>
        <source>The residuals are tiny next to the values they are differences of, so float32 (about 7 digits) limits how well autograd and the float64 formula can agree here. Standardizing the columns helps.</source>
        <translation>The residuals are tiny next to the values they are differences of, so float32 (about 7 digits) limits how well autograd and the float64 formula can agree here. Standardizing the columns helps.</translation>
    </message>
</context>
<context>
    <name>verdict</name>
    <message>
        <source>Converged at step {step}: the gradient is almost zero, so further steps barely move the line. Loss {loss}.</source>
        <translation>Converged at step {step}: the gradient is almost zero, so further steps barely move the line. Loss {loss}.</translation>
    </message>
    <message>
        <source>Converged at step {step}: the loss stopped improving (less than {percent}% over the last {patience} steps). Loss {loss}.</source>
        <translation>Converged at step {step}: the loss stopped improving (less than {percent}% over the last {patience} steps). Loss {loss}.</translation>
    </message>
    <message>
        <source>Stopped at step {step}, as asked. Train again to continue from here.</source>
        <translation>Stopped at step {step}, as asked. Train again to continue from here.</translation>
    </message>
    <message>
        <source>Stopped at step {step}: no steps were asked for, so nothing changed. Train some steps to watch the loss fall.</source>
        <translation>Stopped at step {step}: no steps were asked for, so nothing changed. Train some steps to watch the loss fall.</translation>
    </message>
    <message>
        <source>Stopped at step {step}: the one step asked for is done. Press Step (F10) again to watch the next update, or Train (F5) to make many.</source>
        <translation>Stopped at step {step}: the one step asked for is done. Press Step (F10) again to watch the next update, or Train (F5) to make many.</translation>
    </message>
    <message>
        <source>Stopped at step {step}: the {steps} steps asked for are done, but the loss did not fall over the last fifth of the run (it rose {percent}%).</source>
        <translation>Stopped at step {step}: the {steps} steps asked for are done, but the loss did not fall over the last fifth of the run (it rose {percent}%).</translation>
    </message>
    <message>
        <source>Stopped at step {step}: the {steps} steps asked for are done and the loss is still falling (it fell {percent}% over the last fifth of the run).</source>
        <translation>Stopped at step {step}: the {steps} steps asked for are done and the loss is still falling (it fell {percent}% over the last fifth of the run).</translation>
    </message>
    <message>
        <source>Stopped at step {step}: the {steps} steps asked for are done and the loss is still falling.</source>
        <translation>Stopped at step {step}: the {steps} steps asked for are done and the loss is still falling.</translation>
    </message>
    <message>
        <source>Diverged at step {step}: the loss became infinite.</source>
        <translation>Diverged at step {step}: the loss became infinite.</translation>
    </message>
    <message>
        <source>Diverged at step {step}: the loss grew from {first} to {loss}.</source>
        <translation>Diverged at step {step}: the loss grew from {first} to {loss}.</translation>
    </message>
    <message>
        <source>The learning rate {lr} is too large: each step overshoots the lowest point and lands farther away.</source>
        <translation>The learning rate {lr} is too large: each step overshoots the lowest point and lands farther away.</translation>
    </message>
    <message>
        <source>The learning rate {lr} is too large for the scale of this data: each step overshoots the lowest point and lands farther away.</source>
        <translation>The learning rate {lr} is too large for the scale of this data: each step overshoots the lowest point and lands farther away.</translation>
    </message>
    <message>
        <source>For the standardized columns, plain gradient descent is stable only below {stable}: try a learning rate under that, e.g. {suggested}.</source>
        <translation>For the standardized columns, plain gradient descent is stable only below {stable}: try a learning rate under that, e.g. {suggested}.</translation>
    </message>
    <message>
        <source>For this data, plain gradient descent is stable only below {stable}: try a learning rate under that, e.g. {suggested}, or turn on standardization.</source>
        <translation>For this data, plain gradient descent is stable only below {stable}: try a learning rate under that, e.g. {suggested}, or turn on standardization.</translation>
    </message>
    <message>
        <source>Try a learning rate 10 times smaller.</source>
        <translation>Try a learning rate 10 times smaller.</translation>
    </message>
    <message>
        <source>Try a learning rate 10 times smaller, or turn on standardization.</source>
        <translation>Try a learning rate 10 times smaller, or turn on standardization.</translation>
    </message>
    <message>
        <source>The model is left at step {step}, its last finite state.</source>
        <translation>The model is left at step {step}, its last finite state.</translation>
    </message>
    <message>
        <source>The model is left at step {step}, where the run stopped.</source>
        <translation>The model is left at step {step}, where the run stopped.</translation>
    </message>
    <message>
        <source>Train more steps to see whether it settles, or try a smaller learning rate.</source>
        <translation>Train more steps to see whether it settles, or try a smaller learning rate.</translation>
    </message>
    <message>
        <source>Try a smaller learning rate: for the standardized columns it stays stable up to {upto}.</source>
        <translation>Try a smaller learning rate: for the standardized columns it stays stable up to {upto}.</translation>
    </message>
    <message>
        <source>Try a smaller learning rate: it stays stable up to {upto} for this data.</source>
        <translation>Try a smaller learning rate: it stays stable up to {upto} for this data.</translation>
    </message>
    <message>
        <source>Train more steps, or raise the learning rate.</source>
        <translation>Train more steps, or raise the learning rate.</translation>
    </message>
    <message>
        <source>Train more steps: the learning rate {lr} is already close to the largest stable one for the standardized columns ({stable}), so raising it would not help.</source>
        <translation>Train more steps: the learning rate {lr} is already close to the largest stable one for the standardized columns ({stable}), so raising it would not help.</translation>
    </message>
    <message>
        <source>Train more steps: the learning rate {lr} is already close to the largest stable one for this data ({stable}), so raising it would not help.</source>
        <translation>Train more steps: the learning rate {lr} is already close to the largest stable one for this data ({stable}), so raising it would not help.</translation>
    </message>
    <message>
        <source>Train more steps, or raise the learning rate: for the standardized columns it stays stable up to {upto}.</source>
        <translation>Train more steps, or raise the learning rate: for the standardized columns it stays stable up to {upto}.</translation>
    </message>
    <message>
        <source>Train more steps, or raise the learning rate: it stays stable up to {upto} for this data.</source>
        <translation>Train more steps, or raise the learning rate: it stays stable up to {upto} for this data.</translation>
    </message>
</context>
<context>
    <name>worksheet</name>
    <message>
        <source>Reach a loss below {loss} within {steps} steps (from the seeded start).</source>
        <translation>Reach a loss below {loss} within {steps} steps (from the seeded start).</translation>
    </message>
    <message>
        <source>Find a learning rate at which training diverges.</source>
        <translation>Find a learning rate at which training diverges.</translation>
    </message>
    <message>
        <source>Predict the target for {x} within ±{tolerance}: type your answer.</source>
        <translation>Predict the target for {x} within ±{tolerance}: type your answer.</translation>
    </message>
    <message>
        <source>Predict the {target} for {feature} = {x} within ±{tolerance}: type your answer.</source>
        <translation>Predict the {target} for {feature} = {x} within ±{tolerance}: type your answer.</translation>
    </message>
    <message>
        <source>Set W and b by hand (drag or type my line, or click the loss landscape) to a loss below {loss}.</source>
        <translation>Set W and b by hand (drag or type my line, or click the loss landscape) to a loss below {loss}.</translation>
    </message>
</context>
</TS>
