<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About linreg-gui</source>
        <translation>linreg-gui 정보</translation>
    </message>
    <message>
        <source>&lt;h2&gt;linreg-gui {version}&lt;/h2&gt;&lt;p&gt;Linear regression trained by gradient descent with PyTorch, step by step, following the lesson &lt;i&gt;모델 선형회귀 모델링&lt;/i&gt;: study hours → score.&lt;/p&gt;&lt;p&gt;linreg-gui is free software under the MIT License. It bundles the components listed below, each under its own license.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;linreg-gui {version}&lt;/h2&gt;&lt;p&gt;PyTorch 경사하강법으로 학습하는 선형회귀를 한 스텝씩 보여 주는 프로그램입니다. 수업 &lt;i&gt;모델 선형회귀 모델링&lt;/i&gt;을 따라갑니다: 공부시간 → 점수.&lt;/p&gt;&lt;p&gt;linreg-gui는 MIT 라이선스를 따르는 자유 소프트웨어입니다. 아래 구성 요소를 함께 담고 있으며, 각각 고유한 라이선스를 따릅니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Bundled components:</source>
        <translation>포함된 구성 요소(&amp;B):</translation>
    </message>
    <message>
        <source>Bundled components</source>
        <translation>포함된 구성 요소</translation>
    </message>
    <message>
        <source>License text</source>
        <translation>라이선스 전문</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; {version} — license: {license} — &lt;a href=&quot;{url}&quot;&gt;{url}&lt;/a&gt;</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; {version} — 라이선스: {license} — &lt;a href=&quot;{url}&quot;&gt;{url}&lt;/a&gt;</translation>
    </message>
</context>
<context>
    <name>AnimationDialog</name>
    <message>
        <source>Export animation</source>
        <translation>애니메이션 내보내기</translation>
    </message>
    <message>
        <source> frames/s</source>
        <translation> 프레임/초</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 초</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>크기</translation>
    </message>
    <message>
        <source>Frame rate</source>
        <translation>프레임 속도</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>길이</translation>
    </message>
</context>
<context>
    <name>AnimationJob</name>
    <message>
        <source>Drawing the animation: {0} frames at {1} × {2}…</source>
        <translation>애니메이션을 그리는 중: {1} × {2} 크기로 {0}프레임…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
</context>
<context>
    <name>BadCellsDialog</name>
    <message>
        <source>Cells that are not numbers</source>
        <translation>숫자가 아닌 칸</translation>
    </message>
    <message>
        <source>{0}: {1} rows have cells that cannot be used. Training can leave those rows out, or you can cancel and fix the file.</source>
        <translation>{0}: {1}개 행에 쓸 수 없는 칸이 있습니다. 이 행들을 빼고 학습하거나, 취소하고 파일을 고칠 수 있습니다.</translation>
    </message>
    <message>
        <source>Row (line)</source>
        <translation>행 (줄)</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>열</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>내용</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>이유</translation>
    </message>
    <message>
        <source>(whole row)</source>
        <translation>(행 전체)</translation>
    </message>
    <message>
        <source>…and more: {0} bad cells in all.</source>
        <translation>…그 밖에도 있습니다: 잘못된 칸은 모두 {0}개입니다.</translation>
    </message>
    <message>
        <source>Leave these rows out</source>
        <translation>이 행들 빼기</translation>
    </message>
</context>
<context>
    <name>BigReadouts</name>
    <message>
        <source>{weights}   b = {bias}   loss = {loss}</source>
        <translation>{weights}   b = {bias}   오차 = {loss}</translation>
    </message>
</context>
<context>
    <name>ColumnNames</name>
    <message>
        <source>hours</source>
        <translation>공부시간</translation>
    </message>
    <message>
        <source>score</source>
        <translation>점수</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>공부시간(분)</translation>
    </message>
    <message>
        <source>previous_score</source>
        <translation>이전 점수</translation>
    </message>
    <message>
        <source>area_m2</source>
        <translation>면적(m²)</translation>
    </message>
    <message>
        <source>price_million_won</source>
        <translation>가격(백만 원)</translation>
    </message>
</context>
<context>
    <name>ColumnsDialog</name>
    <message>
        <source>Choose the columns</source>
        <translation>열 고르기</translation>
    </message>
    <message>
        <source>Target column</source>
        <translation>타깃 열</translation>
    </message>
    <message>
        <source>Feature columns</source>
        <translation>특성 열</translation>
    </message>
    <message>
        <source>Target (what to predict):</source>
        <translation>타깃 (예측할 값):</translation>
    </message>
    <message>
        <source>Features (what to predict it from):</source>
        <translation>특성 (예측에 쓸 값):</translation>
    </message>
    <message>
        <source>This file has {0} columns.</source>
        <translation>이 파일에는 열이 {0}개 있습니다.</translation>
    </message>
</context>
<context>
    <name>ControlsPanel</name>
    <message>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>학습률</translation>
    </message>
    <message>
        <source>Steps per run</source>
        <translation>한 번에 학습할 스텝 수</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>시드</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>옵티마이저</translation>
    </message>
    <message>
        <source>Momentum</source>
        <translation>모멘텀</translation>
    </message>
    <message>
        <source>Betas (β1, β2)</source>
        <translation>베타 (β1, β2)</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>오차</translation>
    </message>
    <message>
        <source>Huber δ</source>
        <translation>Huber δ</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>배치 크기</translation>
    </message>
    <message>
        <source>Standardize</source>
        <translation>표준화</translation>
    </message>
    <message>
        <source>How far each update moves the weight and bias along the gradient; the arrows multiply or divide by 10.</source>
        <translation>한 번 업데이트할 때 가중치와 편향이 기울기 방향으로 얼마나 움직이는지 정합니다. 화살표를 누르면 10배씩 커지거나 작아집니다.</translation>
    </message>
    <message>
        <source>Drag to change the learning rate on a log scale; each tick is a factor of 10.</source>
        <translation>끌어서 학습률을 로그 눈금으로 바꿉니다. 눈금 한 칸이 10배입니다.</translation>
    </message>
    <message>
        <source>How many updates one press of Train makes, continuing from the current line.</source>
        <translation>학습 버튼을 한 번 누를 때 몇 번 업데이트할지 정합니다. 지금의 직선에서 이어서 학습합니다.</translation>
    </message>
    <message>
        <source>torch.manual_seed: picks the random starting weight and bias (used at Reset).</source>
        <translation>torch.manual_seed: 무작위로 정하는 처음 가중치와 편향을 고릅니다 (초기화할 때 쓰입니다).</translation>
    </message>
    <message>
        <source>The rule that turns gradients into updates: plain gradient descent (SGD), with momentum, Adam or RMSprop.</source>
        <translation>기울기로 파라미터를 업데이트하는 규칙입니다: 기본 경사하강법(SGD), 모멘텀 SGD, Adam, RMSprop.</translation>
    </message>
    <message>
        <source>How much of the previous update carries over into the next one.</source>
        <translation>직전 업데이트가 다음 업데이트에 얼마나 이어지는지 정합니다.</translation>
    </message>
    <message>
        <source>Adam&apos;s β1: how fast the running mean of gradients forgets.</source>
        <translation>Adam의 β1: 기울기의 이동 평균이 지난 값을 얼마나 빨리 잊는지 정합니다.</translation>
    </message>
    <message>
        <source>Adam&apos;s β2: how fast the running mean of squared gradients forgets.</source>
        <translation>Adam의 β2: 기울기 제곱의 이동 평균이 지난 값을 얼마나 빨리 잊는지 정합니다.</translation>
    </message>
    <message>
        <source>How a wrong prediction is punished: squared (MSE), absolute (MAE) or Huber.</source>
        <translation>틀린 예측에 벌점을 주는 방식입니다: 제곱(MSE), 절댓값(MAE), Huber.</translation>
    </message>
    <message>
        <source>Huber loss is squared for errors smaller than δ and absolute beyond it.</source>
        <translation>Huber 오차는 δ보다 작은 오차에는 제곱을, 그보다 큰 오차에는 절댓값을 씁니다.</translation>
    </message>
    <message>
        <source>Rows used for each update, shuffled with the seed; 0 uses all rows (full batch).</source>
        <translation>한 번 업데이트할 때 쓰는 행의 수입니다. 행은 시드로 섞습니다. 0이면 모든 행을 씁니다 (전체 배치).</translation>
    </message>
    <message>
        <source>Train on columns scaled to mean 0 and spread 1; results are still shown in the data&apos;s units.</source>
        <translation>평균 0, 표준편차 1로 바꾼 열로 학습합니다. 결과는 그대로 원래 데이터의 단위로 보여 줍니다.</translation>
    </message>
    <message>
        <source>Learning rate slider (log scale)</source>
        <translation>학습률 슬라이더 (로그 눈금)</translation>
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
        <translation>경사하강법 (SGD)</translation>
    </message>
    <message>
        <source>SGD with momentum</source>
        <translation>모멘텀 SGD</translation>
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
        <translation>평균 제곱 오차 (MSE)</translation>
    </message>
    <message>
        <source>Mean absolute error (MAE)</source>
        <translation>평균 절대 오차 (MAE)</translation>
    </message>
    <message>
        <source>Huber</source>
        <translation>Huber</translation>
    </message>
    <message>
        <source>full batch</source>
        <translation>전체 배치</translation>
    </message>
    <message>
        <source>features and target</source>
        <translation>특성과 타깃</translation>
    </message>
</context>
<context>
    <name>DataError</name>
    <message>
        <source>is not a text file</source>
        <extracomment>Encodings, in the order they are tried (CP949 is what Korean Windows/Excel writes). Delimiters the sniffer chooses among, in order of preference when several fit. Files larger than this are refused rather than filling the memory of a classroom laptop. An .xlsx whose shared strings unpack past this is refused: openpyxl holds every one of them as a Python string (~8x their size in memory) even in read-only mode, used or not. Lines looked at to choose the delimiter and decide whether there is a header. The body is parsed in blocks of about this many bytes (tests shrink it to test seams). A line longer than this is never split into cells just to count them (a 50 MB line of &quot;1,2,1,2...&quot; split by the csv module took 25x its size); it stays out of the sniffed head. progress() is called at most once per this many seconds (plus at the start and the end). Bad cells kept per column after that column&apos;s first one, and in all. A bad cell&apos;s text is cut to this many characters.</extracomment>
        <translation>텍스트 파일이 아닙니다</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>비어 있습니다</translation>
    </message>
    <message>
        <source>is not a number</source>
        <extracomment>The lesson&apos;s data: study hours -&gt; exam score (공부시간 -&gt; 점수).</extracomment>
        <translation>숫자가 아닙니다</translation>
    </message>
    <message>
        <source>is not a finite number</source>
        <translation>유한한 숫자가 아닙니다</translation>
    </message>
    <message>
        <source>there are no data rows under the header</source>
        <translation>머리글 아래에 데이터 행이 없습니다</translation>
    </message>
    <message>
        <source>there are no data rows</source>
        <translation>데이터 행이 없습니다</translation>
    </message>
    <message>
        <source>every row has a bad cell in the chosen columns; the first: {first}</source>
        <translation>고른 열에서 모든 행에 잘못된 칸이 있습니다. 첫 번째: {first}</translation>
    </message>
    <message>
        <source>there is no column {name!r} (columns: {columns})</source>
        <translation>없는 열입니다: {name!r} (있는 열: {columns})</translation>
    </message>
    <message>
        <source>there is no target column {name!r} (columns: {columns})</source>
        <translation>없는 타깃 열입니다: {name!r} (있는 열: {columns})</translation>
    </message>
    <message>
        <source>there is no feature column {name!r} (columns: {columns})</source>
        <translation>없는 특성 열입니다: {name!r} (있는 열: {columns})</translation>
    </message>
    <message>
        <source>needs at least two columns: one feature and the target</source>
        <translation>열이 두 개 이상 있어야 합니다: 특성 하나와 타깃 하나</translation>
    </message>
    <message>
        <source>{name!r} cannot be both a feature and the target</source>
        <translation>{name!r} 열은 특성이면서 타깃일 수 없습니다</translation>
    </message>
    <message>
        <source>feature {name!r} is chosen twice</source>
        <translation>특성 {name!r} 열을 두 번 골랐습니다</translation>
    </message>
    <message>
        <source>there is no feature column</source>
        <translation>특성 열이 없습니다</translation>
    </message>
    <message>
        <source>has 1 cell, the header has {width}</source>
        <translation>칸이 1개인데 머리글은 {width}칸입니다</translation>
    </message>
    <message>
        <source>has {cells} cells, the header has {width}</source>
        <translation>칸이 {cells}개인데 머리글은 {width}칸입니다</translation>
    </message>
    <message>
        <source>has 1 cell, the first rows have {width}</source>
        <translation>칸이 1개인데 앞쪽 행들은 {width}칸입니다</translation>
    </message>
    <message>
        <source>has {cells} cells, the first rows have {width}</source>
        <translation>칸이 {cells}개인데 앞쪽 행들은 {width}칸입니다</translation>
    </message>
    <message>
        <source>no cell holds a number: is this a table of numbers?</source>
        <translation>숫자가 든 칸이 하나도 없습니다. 숫자로 된 표가 맞나요?</translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translation>파일이 아니라 폴더입니다</translation>
    </message>
    <message>
        <source>is too large to load ({size} MB; the limit is {limit} MB)</source>
        <translation>너무 커서 불러올 수 없습니다 ({size} MB, 한도 {limit} MB)</translation>
    </message>
    <message>
        <source>file not found</source>
        <translation>파일을 찾을 수 없습니다</translation>
    </message>
    <message>
        <source>cannot be opened: permission denied</source>
        <translation>열 수 없습니다: 권한이 없습니다</translation>
    </message>
    <message>
        <source>cannot be read: {error}</source>
        <translation>읽을 수 없습니다: {error}</translation>
    </message>
    <message>
        <source>is not a text file (it holds NUL bytes)</source>
        <translation>텍스트 파일이 아닙니다 (NUL 바이트가 들어 있습니다)</translation>
    </message>
    <message>
        <source>is not a text file (it is neither UTF-8 nor CP949 Korean text)</source>
        <translation>텍스트 파일이 아닙니다 (UTF-8도 아니고 CP949 한글 텍스트도 아닙니다)</translation>
    </message>
    <message>
        <source>is an old Excel file (.xls): save it as CSV UTF-8 (or .xlsx) and open that</source>
        <translation>예전 엑셀 파일(.xls)입니다: CSV UTF-8(또는 .xlsx)로 저장한 뒤 그 파일을 여세요</translation>
    </message>
    <message>
        <source>has a quote (&quot;) that is never closed</source>
        <translation>닫히지 않은 따옴표(&quot;)가 있습니다</translation>
    </message>
    <message>
        <source>has a cell longer than {limit} characters: is this a data table?</source>
        <translation>{limit}자보다 긴 칸이 있습니다. 데이터 표가 맞나요?</translation>
    </message>
    <message>
        <source>cannot be read as CSV: {error}</source>
        <translation>CSV로 읽을 수 없습니다: {error}</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>파일이 비어 있습니다</translation>
    </message>
    <message>
        <source>is not a text file (it holds control characters)</source>
        <translation>텍스트 파일이 아닙니다 (제어 문자가 들어 있습니다)</translation>
    </message>
    <message>
        <source>Excel files need openpyxl; save the sheet as CSV (UTF-8) and open that</source>
        <extracomment>Stands, for the csv reader, for a long line read by _long_record instead. A block that fails the fast path is halved until its halves are this small (in bytes). x86&apos;s 80-bit long double (64-bit significand, stored little-endian in 16 bytes): the quotient of two exact long doubles, rounded to float64, is float64&apos;s correctly rounded value unless it lands exactly halfway between two doubles, which is seen and redone. Digits (with the point) a token may have on this path: their integer stays below 10^19. Two bytes (read as one native uint16) to the number their two digits make, a non-digit counting as 0: &quot;47&quot; -&gt; 47, &quot;.5&quot; -&gt; 5, &quot;-3&quot; -&gt; 3.</extracomment>
        <translation>엑셀 파일을 읽으려면 openpyxl이 필요합니다. 시트를 CSV(UTF-8)로 저장한 뒤 그 파일을 여세요</translation>
    </message>
    <message>
        <source>the sheet is empty</source>
        <translation>시트가 비어 있습니다</translation>
    </message>
    <message>
        <source>unpacks to {size} MB; the limit is {limit} MB</source>
        <translation>압축을 풀면 {size} MB가 되어 불러올 수 없습니다 (한도 {limit} MB)</translation>
    </message>
    <message>
        <source>holds text that unpacks to {size} MB; the limit is {limit} MB</source>
        <translation>압축을 풀면 {size} MB가 되는 글자 데이터가 들어 있어 불러올 수 없습니다 (한도 {limit} MB)</translation>
    </message>
    <message>
        <source>cannot be read as an Excel file: {error}</source>
        <translation>엑셀 파일로 읽을 수 없습니다: {error}</translation>
    </message>
    <message>
        <source>the workbook has no sheet</source>
        <translation>통합 문서에 시트가 없습니다</translation>
    </message>
    <message>
        <source>{names} column names for {k} feature columns and the target (give the feature names, then the target&apos;s)</source>
        <translation>특성 열 {k}개와 타깃 열에 열 이름이 {names}개 주어졌습니다 (특성 이름들을 먼저, 타깃 이름을 마지막에 주세요)</translation>
    </message>
    <message>
        <source>the column has no name</source>
        <translation>열에 이름이 없습니다</translation>
    </message>
    <message>
        <source>a column name may not start or end with spaces or hold line breaks or control characters</source>
        <translation>열 이름은 공백으로 시작하거나 끝날 수 없고, 줄바꿈이나 제어 문자를 담을 수 없습니다</translation>
    </message>
    <message>
        <source>two columns have the same name</source>
        <translation>두 열의 이름이 같습니다</translation>
    </message>
    <message>
        <source>most column names look like numbers, so the file would read back without a header; give the columns names</source>
        <translation>열 이름 대부분이 숫자처럼 보여서 다시 읽을 때 머리글 없는 파일로 읽힙니다. 열에 이름을 붙여 주세요</translation>
    </message>
    <message>
        <source>features of shape {shape} do not fit {n} target values</source>
        <translation>모양이 {shape}인 특성이 타깃 값 {n}개와 맞지 않습니다</translation>
    </message>
    <message>
        <source>value is not finite</source>
        <translation>값이 유한하지 않습니다</translation>
    </message>
    <message>
        <source>cannot be written: {error}</source>
        <translation>쓸 수 없습니다: {error}</translation>
    </message>
    <message>
        <source>row {row}</source>
        <translation>{row}행</translation>
    </message>
    <message>
        <source>column {column}</source>
        <translation>{column} 열</translation>
    </message>
    <message>
        <source>not a numeric array: {error}</source>
        <translation>숫자 배열이 아닙니다: {error}</translation>
    </message>
    <message>
        <source>features must be a 2-D table, got {n} dimensions</source>
        <translation>특성은 2차원 표여야 하는데 {n}차원입니다</translation>
    </message>
    <message>
        <source>{rows} feature rows but {targets} target values</source>
        <translation>특성은 {rows}행인데 타깃 값은 {targets}개입니다</translation>
    </message>
    <message>
        <source>{names} feature names for {columns} feature columns</source>
        <translation>특성 열은 {columns}개인데 특성 이름은 {names}개입니다</translation>
    </message>
    <message>
        <source>has {cells} cells but the header has {columns} columns</source>
        <translation>칸이 {cells}개인데 머리글은 {columns}열입니다</translation>
    </message>
    <message>
        <source>has {cells} cells but the first row has {width}</source>
        <translation>칸이 {cells}개인데 첫 행은 {width}칸입니다</translation>
    </message>
    <message>
        <source>is not finite</source>
        <translation>유한한 값이 아닙니다</translation>
    </message>
    <message>
        <source>no row is left to train on</source>
        <translation>학습에 쓸 행이 하나도 남지 않았습니다</translation>
    </message>
</context>
<context>
    <name>DataImporter</name>
    <message>
        <source>Data files (*.csv *.tsv *.txt *.xlsx);;All files (*)</source>
        <translation>데이터 파일 (*.csv *.tsv *.txt *.xlsx);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Reading {0}…</source>
        <translation>{0} 읽는 중…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Opening a data file</source>
        <translation>데이터 파일 여는 중</translation>
    </message>
    <message>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8 (BOM 포함)</translation>
    </message>
    <message>
        <source>CP949 (Korean Excel)</source>
        <translation>CP949 (한글 엑셀)</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>쉼표로 구분</translation>
    </message>
    <message>
        <source>semicolon-separated</source>
        <translation>세미콜론으로 구분</translation>
    </message>
    <message>
        <source>tab-separated</source>
        <translation>탭으로 구분</translation>
    </message>
    <message>
        <source>{0} rows</source>
        <translation>{0}행</translation>
    </message>
    <message>
        <source>decimal commas</source>
        <translation>소수점 쉼표</translation>
    </message>
    <message>
        <source>no header row: columns named for you</source>
        <translation>머리글 행 없음: 열 이름을 자동으로 붙임</translation>
    </message>
</context>
<context>
    <name>DataTableModel</name>
    <message>
        <source>{reason}; this row is left out of training</source>
        <translation>{reason}. 이 행은 학습에서 빠집니다</translation>
    </message>
    <message>
        <source>{name} (target)</source>
        <translation>{name} (타깃)</translation>
    </message>
    <message>
        <source>Target: the value the model learns to predict. Double-click to rename.</source>
        <translation>타깃: 모델이 예측하도록 배우는 값입니다. 두 번 클릭하면 이름을 바꿉니다.</translation>
    </message>
    <message>
        <source>Feature: an input of the model. Double-click to rename.</source>
        <translation>특성: 모델의 입력입니다. 두 번 클릭하면 이름을 바꿉니다.</translation>
    </message>
    <message>
        <source>Replace the table</source>
        <translation>표 바꾸기</translation>
    </message>
    <message>
        <source>Set row {row}, {column} to {text}</source>
        <translation>{row}행 {column} 열을 {text}(으)로 바꾸기</translation>
    </message>
    <message>
        <source>Clear row {row}, {column}</source>
        <translation>{row}행 {column} 열 지우기</translation>
    </message>
    <message>
        <source>Clear cells</source>
        <translation>칸 지우기</translation>
    </message>
    <message>
        <source>Paste {rows}×{cols} cells</source>
        <translation>{rows}×{cols} 칸 붙여넣기</translation>
    </message>
    <message>
        <source>Paste {rows}×{cols} cells with column names</source>
        <translation>열 이름과 함께 {rows}×{cols}칸 붙여넣기</translation>
    </message>
    <message>
        <source>Insert row</source>
        <translation>행 삽입</translation>
    </message>
    <message>
        <source>Insert {count} rows</source>
        <translation>행 {count}개 삽입</translation>
    </message>
    <message>
        <source>Delete row {row}</source>
        <translation>{row}행 삭제</translation>
    </message>
    <message>
        <source>Delete {count} rows</source>
        <translation>행 {count}개 삭제</translation>
    </message>
    <message>
        <source>Insert column &apos;{name}&apos;</source>
        <translation>&apos;{name}&apos; 열 삽입</translation>
    </message>
    <message>
        <source>The table needs at least two columns, one feature and the target, so this column cannot be deleted.</source>
        <translation>표에는 특성 하나와 타깃 하나, 적어도 두 열이 있어야 하므로 이 열은 삭제할 수 없습니다.</translation>
    </message>
    <message>
        <source>The table needs at least two columns, one feature and the target, so these {count} columns cannot be deleted.</source>
        <translation>표에는 특성 하나와 타깃 하나, 적어도 두 열이 있어야 하므로 이 {count}개 열은 삭제할 수 없습니다.</translation>
    </message>
    <message>
        <source>Delete column &apos;{name}&apos;</source>
        <translation>&apos;{name}&apos; 열 삭제</translation>
    </message>
    <message>
        <source>Delete {count} columns</source>
        <translation>열 {count}개 삭제</translation>
    </message>
    <message>
        <source>Rename column &apos;{old}&apos; to &apos;{new}&apos;</source>
        <translation>&apos;{old}&apos; 열 이름을 &apos;{new}&apos;(으)로 바꾸기</translation>
    </message>
    <message>
        <source>Add point ({x}, {y})</source>
        <translation>점 ({x}, {y}) 추가</translation>
    </message>
    <message>
        <source>Move point in row {row}</source>
        <translation>{row}행의 점 옮기기</translation>
    </message>
    <message>
        <source>The table needs at least two columns: one feature and the target.</source>
        <translation>표에는 적어도 두 열이 있어야 합니다: 특성 하나와 타깃 하나.</translation>
    </message>
    <message>
        <source>No row has a number in every column yet.</source>
        <translation>아직 모든 열에 숫자가 있는 행이 없습니다.</translation>
    </message>
    <message>
        <source>The table has no data yet.</source>
        <translation>표에 아직 데이터가 없습니다.</translation>
    </message>
    <message>
        <source>The table cannot be changed while the model is training.</source>
        <translation>모델이 학습하는 동안에는 표를 바꿀 수 없습니다.</translation>
    </message>
    <message>
        <source>Points can be placed on the plot only when the table has two columns.</source>
        <translation>표가 두 열일 때만 그래프에 점을 찍을 수 있습니다.</translation>
    </message>
    <message>
        <source>A column needs a name.</source>
        <translation>열에는 이름이 있어야 합니다.</translation>
    </message>
    <message>
        <source>There is already a column named &apos;{name}&apos;.</source>
        <translation>&apos;{name}&apos;(이)라는 열이 이미 있습니다.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a number</source>
        <translation>&apos;{text}&apos;은(는) 숫자가 아닙니다</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a finite number</source>
        <translation>&apos;{text}&apos;은(는) 유한한 숫자가 아닙니다</translation>
    </message>
    <message>
        <source>this cell is empty</source>
        <translation>이 칸이 비어 있습니다</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>빈 칸</translation>
    </message>
</context>
<context>
    <name>DataTableView</name>
    <message>
        <source>Add ro&amp;w</source>
        <translation>행 추가(&amp;W)</translation>
    </message>
    <message>
        <source>Add an empty row below the current row</source>
        <translation>현재 행 아래에 빈 행을 추가합니다</translation>
    </message>
    <message>
        <source>Insert row &amp;above</source>
        <translation>위에 행 삽입(&amp;A)</translation>
    </message>
    <message>
        <source>Insert an empty row above the current row</source>
        <translation>현재 행 위에 빈 행을 삽입합니다</translation>
    </message>
    <message>
        <source>Insert row &amp;below</source>
        <translation>아래에 행 삽입(&amp;B)</translation>
    </message>
    <message>
        <source>Insert an empty row below the current row</source>
        <translation>현재 행 아래에 빈 행을 삽입합니다</translation>
    </message>
    <message>
        <source>&amp;Delete rows</source>
        <translation>행 삭제(&amp;D)</translation>
    </message>
    <message>
        <source>Delete the rows of the selected cells</source>
        <translation>선택한 칸이 있는 행을 삭제합니다</translation>
    </message>
    <message>
        <source>Add co&amp;lumn</source>
        <translation>열 추가(&amp;L)</translation>
    </message>
    <message>
        <source>Add a feature column just before the target column</source>
        <translation>타깃 열 바로 앞에 특성 열을 추가합니다</translation>
    </message>
    <message>
        <source>&amp;Insert column</source>
        <translation>열 삽입(&amp;I)</translation>
    </message>
    <message>
        <source>Insert a feature column left of the current column</source>
        <translation>현재 열 왼쪽에 특성 열을 삽입합니다</translation>
    </message>
    <message>
        <source>Delete colu&amp;mn</source>
        <translation>열 삭제(&amp;M)</translation>
    </message>
    <message>
        <source>Delete the selected columns (the table keeps at least two)</source>
        <translation>선택한 열을 삭제합니다 (표에는 적어도 두 열이 남습니다)</translation>
    </message>
    <message>
        <source>Re&amp;name column…</source>
        <translation>열 이름 바꾸기(&amp;N)…</translation>
    </message>
    <message>
        <source>Give the current column a new name</source>
        <translation>현재 열에 새 이름을 붙입니다</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>복사(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the selected cells, to paste into a spreadsheet</source>
        <translation>선택한 칸을 복사합니다. 스프레드시트에 붙여 넣을 수 있습니다</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>붙여넣기(&amp;P)</translation>
    </message>
    <message>
        <source>Paste cells copied from a spreadsheet at the current cell</source>
        <translation>스프레드시트에서 복사한 칸을 현재 칸에 붙여 넣습니다</translation>
    </message>
    <message>
        <source>Cl&amp;ear cells</source>
        <translation>칸 지우기(&amp;E)</translation>
    </message>
    <message>
        <source>Empty the selected cells</source>
        <translation>선택한 칸을 비웁니다</translation>
    </message>
    <message>
        <source>Data table</source>
        <translation>데이터 표</translation>
    </message>
    <message>
        <source>Each row is one example; the last column is the target the model learns to predict. Type to edit a cell; double-click a column header to rename it.</source>
        <translation>한 행이 예시 하나입니다. 마지막 열은 모델이 예측하도록 배우는 타깃입니다. 칸에 입력해서 고치고, 열 머리글을 두 번 클릭하면 이름을 바꿉니다.</translation>
    </message>
    <message>
        <source>Column names?</source>
        <translation>열 이름인가요?</translation>
    </message>
    <message>
        <source>The first pasted row looks like column names: {0}.</source>
        <translation>붙여넣은 첫 행이 열 이름처럼 보입니다: {0}.</translation>
    </message>
    <message>
        <source>Name the columns with it and paste the rows under it as data, or paste it as a row of cells?</source>
        <translation>이 행으로 열 이름을 정하고 그 아래 행들을 데이터로 붙여넣을까요, 아니면 이 행도 칸으로 붙여넣을까요?</translation>
    </message>
    <message>
        <source>Use as column names</source>
        <translation>열 이름으로 쓰기</translation>
    </message>
    <message>
        <source>Paste as a row</source>
        <translation>행으로 붙여넣기</translation>
    </message>
    <message>
        <source>The table cannot be changed while the model is training.</source>
        <translation>모델이 학습하는 동안에는 표를 바꿀 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>Cannot open</source>
        <translation>열 수 없음</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>열기(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a saved session (.linreg) or a data file: CSV or Excel (also: drop it on the window)</source>
        <translation>저장한 세션(.linreg)이나 데이터 파일(CSV, 엑셀)을 엽니다 (창에 끌어다 놓아도 됩니다)</translation>
    </message>
    <message>
        <source>Sa&amp;mples</source>
        <translation>예제 데이터(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>내보내기(&amp;E)</translation>
    </message>
    <message>
        <source>Plots as &amp;PNG image…</source>
        <translation>그래프를 PNG 이미지로(&amp;P)…</translation>
    </message>
    <message>
        <source>Plots as S&amp;VG drawing…</source>
        <translation>그래프를 SVG 그림으로(&amp;V)…</translation>
    </message>
    <message>
        <source>Training &amp;history as CSV…</source>
        <translation>학습 기록을 CSV로(&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;Data as CSV (opens in Excel)…</source>
        <translation>데이터를 CSV로(&amp;D) (엑셀에서 열림)…</translation>
    </message>
    <message>
        <source>Open a session or a data file</source>
        <translation>세션이나 데이터 파일 열기</translation>
    </message>
    <message>
        <source>Sessions and data files (*.linreg *.csv *.tsv *.txt *.xlsx);;Sessions (*.linreg);;</source>
        <translation>세션과 데이터 파일 (*.linreg *.csv *.tsv *.txt *.xlsx);;세션 (*.linreg);;</translation>
    </message>
    <message>
        <source>Stop training before opening a file.</source>
        <translation>파일을 열기 전에 학습을 멈추세요.</translation>
    </message>
    <message>
        <source>Stop training before opening a sample.</source>
        <translation>예제 데이터를 열기 전에 학습을 멈추세요.</translation>
    </message>
    <message>
        <source>Open sample {0}</source>
        <translation>예제 {0} 열기</translation>
    </message>
    <message>
        <source>Sample: {0}</source>
        <translation>예제: {0}</translation>
    </message>
    <message>
        <source>Open {0}</source>
        <translation>{0} 열기</translation>
    </message>
    <message>
        <source>Opened {0}: {1}</source>
        <translation>{0}을(를) 열었습니다: {1}</translation>
    </message>
    <message>
        <source>Could not write {0}: {1}</source>
        <translation>{0}에 쓸 수 없습니다: {1}</translation>
    </message>
    <message>
        <source>Export the plots</source>
        <translation>그래프 내보내기</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 이미지 (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG 그림 (*.svg)</translation>
    </message>
    <message>
        <source>Width of the picture in pixels ({0} fills a full-HD slide):</source>
        <translation>그림의 가로 크기(픽셀) ({0}이면 풀HD 슬라이드에 꽉 찹니다):</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>내보낼 수 없음</translation>
    </message>
    <message>
        <source>{0}: could not be written</source>
        <translation>{0}: 파일을 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>Plots saved to {0} ({1} pixels wide)</source>
        <translation>그래프를 {0}에 저장했습니다 (가로 {1}픽셀)</translation>
    </message>
    <message>
        <source>Export the training history</source>
        <translation>학습 기록 내보내기</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>CSV 파일 (*.csv)</translation>
    </message>
    <message>
        <source>Training history saved to {0}</source>
        <translation>학습 기록을 {0}에 저장했습니다</translation>
    </message>
    <message>
        <source>Export the data</source>
        <translation>데이터 내보내기</translation>
    </message>
    <message>
        <source>There is no usable data.</source>
        <translation>쓸 수 있는 데이터가 없습니다.</translation>
    </message>
    <message>
        <source> ({0} rows with bad cells left out)</source>
        <translation> (잘못된 칸이 있는 {0}개 행은 뺐습니다)</translation>
    </message>
    <message>
        <source>Data saved to {0}{1}</source>
        <translation>데이터를 {0}에 저장했습니다{1}</translation>
    </message>
</context>
<context>
    <name>FramePainter</name>
    <message>
        <source>Step {0}   loss {1}   W {2}   b {3}</source>
        <translation>스텝 {0}   오차 {1}   W {2}   b {3}</translation>
    </message>
</context>
<context>
    <name>Handouts</name>
    <message>
        <source>Jupyter &amp;notebook…</source>
        <translation>Jupyter 노트북(&amp;N)…</translation>
    </message>
    <message>
        <source>Save the data, settings and runs as a notebook laid out like the lesson, in the window&apos;s language; run in Jupyter it prints the app&apos;s numbers</source>
        <translation>데이터, 설정, 학습 기록을 수업 자료와 같은 순서의 노트북으로 창의 언어로 저장합니다. Jupyter에서 실행하면 앱과 같은 숫자가 나옵니다</translation>
    </message>
    <message>
        <source>&amp;Report (PDF)…</source>
        <translation>보고서(PDF)(&amp;R)…</translation>
    </message>
    <message>
        <source>Save one or two A4 pages with the data, settings, plots, results and verdict, and a line for the student&apos;s name</source>
        <translation>데이터, 설정, 그래프, 결과, 판정과 학생 이름 칸이 있는 A4 한두 쪽을 저장합니다</translation>
    </message>
    <message>
        <source>&amp;Animation for slides…</source>
        <translation>발표용 애니메이션(&amp;A)…</translation>
    </message>
    <message>
        <source>Replay the run since the last reset (the line with its residuals and the loss curve) as an animated PNG at a chosen size and frame rate</source>
        <translation>마지막 초기화 이후의 학습(직선과 잔차, 오차 곡선)을 고른 크기와 프레임 속도의 움직이는 PNG로 다시 보여 줍니다</translation>
    </message>
    <message>
        <source>&amp;Print report…</source>
        <translation>보고서 인쇄(&amp;P)…</translation>
    </message>
    <message>
        <source>Print the report of the current run: data, settings, plots, results, verdict</source>
        <translation>지금 학습의 보고서를 인쇄합니다: 데이터, 설정, 그래프, 결과, 판정</translation>
    </message>
    <message>
        <source>The settings changed between the runs since the last reset: the file repeats all {0} steps with the current settings only, so its numbers can differ from the app&apos;s.</source>
        <translation>마지막 초기화 이후 학습 사이에 설정이 바뀌었습니다. 파일은 {0}단계 모두를 현재 설정으로만 반복하므로 숫자가 앱과 다를 수 있습니다.</translation>
    </message>
    <message>
        <source>The file makes {0} steps from the start; the model is at step {1}.</source>
        <translation>파일은 처음부터 {0}단계를 학습합니다. 모델은 지금 {1}단계에 있습니다.</translation>
    </message>
    <message>
        <source>There is no usable data to train on.</source>
        <translation>학습할 수 있는 데이터가 없습니다.</translation>
    </message>
    <message>
        <source>Saved {0}. {1}</source>
        <translation>{0}을(를) 저장했습니다. {1}</translation>
    </message>
    <message>
        <source>Saved {0}</source>
        <translation>{0}을(를) 저장했습니다</translation>
    </message>
    <message>
        <source>Export Jupyter notebook</source>
        <translation>Jupyter 노트북 내보내기</translation>
    </message>
    <message>
        <source>Jupyter notebooks (*.ipynb)</source>
        <translation>Jupyter 노트북 (*.ipynb)</translation>
    </message>
    <message>
        <source>The engine has not started yet.</source>
        <translation>학습 엔진이 아직 시작되지 않았습니다.</translation>
    </message>
    <message>
        <source>Export report (PDF)</source>
        <translation>보고서(PDF) 내보내기</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 문서 (*.pdf)</translation>
    </message>
    <message>
        <source>Print report</source>
        <translation>보고서 인쇄</translation>
    </message>
    <message>
        <source>Could not print: {0}</source>
        <translation>인쇄할 수 없습니다: {0}</translation>
    </message>
    <message>
        <source>The report was sent to the printer.</source>
        <translation>보고서를 프린터로 보냈습니다.</translation>
    </message>
    <message>
        <source>The animation was cancelled; nothing was written.</source>
        <translation>애니메이션을 취소했습니다. 아무 파일도 쓰지 않았습니다.</translation>
    </message>
    <message>
        <source>Export animation</source>
        <translation>애니메이션 내보내기</translation>
    </message>
    <message>
        <source>Could not make {0}: {1}</source>
        <translation>{0}을(를) 만들 수 없습니다: {1}</translation>
    </message>
    <message>
        <source>Animated PNG (*.png *.apng)</source>
        <translation>움직이는 PNG (*.png *.apng)</translation>
    </message>
</context>
<context>
    <name>InspectorView</name>
    <message>
        <source>Step inspector</source>
        <translation>스텝 들여다보기</translation>
    </message>
    <message>
        <source>Preview the next step</source>
        <translation>다음 스텝 미리 보기</translation>
    </message>
    <message>
        <source>Show the update the next Step (F10) will make instead of the one just made</source>
        <translation>방금 한 업데이트 대신 다음 스텝(F10)이 할 업데이트를 보여 줍니다</translation>
    </message>
    <message>
        <source>The next training step, taken apart with its real numbers, appears here once the engine has loaded. Press Step (F10) to make it.</source>
        <translation>엔진을 불러오면 다음 학습 스텝을 실제 숫자와 함께 하나씩 뜯어 보여 줍니다. 한 스텝(F10)을 누르면 그 스텝을 실행합니다.</translation>
    </message>
    <message>
        <source>Step {0} → {1}: the update just made, with the gradients that made it</source>
        <translation>스텝 {0} → {1}: 방금 한 업데이트와 그 업데이트를 만든 gradient</translation>
    </message>
    <message>
        <source>Step {0} → {1}: what the next update computes (Step, F10, makes it)</source>
        <translation>스텝 {0} → {1}: 다음 업데이트가 계산하는 것 (한 스텝(F10)을 누르면 실행)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>참고</translation>
    </message>
    <message>
        <source> (standardized)</source>
        <translation> (표준화)</translation>
    </message>
    <message>
        <source>pred = X @ W + b</source>
        <translation>pred = X @ W + b</translation>
    </message>
    <message>
        <source>residual pred − y</source>
        <translation>잔차 pred − y</translation>
    </message>
    <message>
        <source>loss term</source>
        <translation>오차 항</translation>
    </message>
    <message>
        <source>The first {0} of the batch&apos;s {1} rows; the totals are over the batch.</source>
        <translation>배치의 {1}개 행 중 처음 {0}개입니다. 합계는 배치 전체에 대한 값입니다.</translation>
    </message>
    <message>
        <source>The first {0} of {1} rows; the totals are over all rows.</source>
        <translation>{1}개 행 중 처음 {0}개입니다. 합계는 모든 행에 대한 값입니다.</translation>
    </message>
    <message>
        <source>all {0}</source>
        <translation>전체 {0}</translation>
    </message>
    <message>
        <source>batch of {0}</source>
        <translation>배치 {0}개</translation>
    </message>
    <message>
        <source>Σ {0}</source>
        <translation>Σ {0}</translation>
    </message>
    <message>
        <source>mean {0}</source>
        <translation>평균 {0}</translation>
    </message>
    <message>
        <source>Only the first {0} features are listed.</source>
        <translation>처음 {0}개 특성만 보여 줍니다.</translation>
    </message>
    <message>
        <source>Each row of this step&apos;s mini-batch{0}:</source>
        <translation>이번 스텝 미니배치의 각 행{0}:</translation>
    </message>
    <message>
        <source>Each row of the data{0}:</source>
        <translation>데이터의 각 행{0}:</translation>
    </message>
    <message>
        <source>autograd ({0}): {1}</source>
        <translation>autograd ({0}): {1}</translation>
    </message>
    <message>
        <source>formula (float64): {0}</source>
        <translation>공식 (float64): {0}</translation>
    </message>
    <message>
        <source>In the data units: weight {0}, bias {1}, loss {2}</source>
        <translation>데이터 단위로: 가중치 {0}, 편향 {1}, 오차 {2}</translation>
    </message>
    <message>
        <source>parameter</source>
        <translation>파라미터</translation>
    </message>
    <message>
        <source>autograd (.grad)</source>
        <translation>autograd (.grad)</translation>
    </message>
    <message>
        <source>formula</source>
        <translation>공식</translation>
    </message>
    <message>
        <source>agree</source>
        <translation>일치</translation>
    </message>
</context>
<context>
    <name>LandscapeView</name>
    <message>
        <source>Horizontal:</source>
        <translation>가로축:</translation>
    </message>
    <message>
        <source>Vertical:</source>
        <translation>세로축:</translation>
    </message>
    <message>
        <source>Fit view</source>
        <translation>화면 맞추기</translation>
    </message>
    <message>
        <source>Show the optimum and the whole path</source>
        <translation>최적점과 지나온 경로 전체를 보여 줍니다</translation>
    </message>
    <message>
        <source>Horizontal axis</source>
        <translation>가로축</translation>
    </message>
    <message>
        <source>Vertical axis</source>
        <translation>세로축</translation>
    </message>
    <message>
        <source>Loss landscape map</source>
        <translation>오차 지형 지도</translation>
    </message>
    <message>
        <source>log₁₀ loss</source>
        <translation>log₁₀ 오차</translation>
    </message>
    <message>
        <source>weight ({0})</source>
        <translation>가중치 ({0})</translation>
    </message>
    <message>
        <source>bias</source>
        <translation>편향</translation>
    </message>
    <message>
        <source>[standardized]</source>
        <translation>[표준화]</translation>
    </message>
    <message>
        <source>No data to draw the loss landscape of.</source>
        <translation>오차 지형을 그릴 데이터가 없습니다.</translation>
    </message>
    <message>
        <source>Colour: log₁₀ of the loss; ★ the least-squares optimum; the red line is the path since the last reset.</source>
        <translation>색: 오차의 log₁₀ 값. ★: 최소제곱 최적점. 빨간 선: 마지막 초기화 이후 지나온 경로.</translation>
    </message>
    <message>
        <source>Dashed lines: the paths of earlier runs kept in Compare runs, each in its colour there.</source>
        <translation>점선: 학습 비교에 남겨 둔 이전 학습의 경로이며, 색은 학습 비교의 색과 같습니다.</translation>
    </message>
    <message>
        <source>Training is standardized: this is the landscape the optimizer walks, in standardized units.</source>
        <translation>표준화해서 학습하는 중입니다: 옵티마이저가 걷는 지형을 표준화한 단위로 보여 줍니다.</translation>
    </message>
    <message>
        <source>A slice: the other parameters are held at their current values.</source>
        <translation>단면입니다: 나머지 파라미터는 현재 값으로 고정했습니다.</translation>
    </message>
    <message>
        <source>Computed on a sample of {0} rows.</source>
        <translation>표본 {0}개 행으로 계산했습니다.</translation>
    </message>
    <message>
        <source>Click the map to start from there.</source>
        <translation>지도를 클릭하면 그 지점에서 학습을 시작합니다.</translation>
    </message>
    <message>
        <source>Stop the run to choose a new start.</source>
        <translation>새 시작점을 고르려면 학습을 멈추세요.</translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <source>Data table (and moving points on the plot)</source>
        <translation>데이터 표 (그래프에서 점 옮기기 포함)</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>학습률</translation>
    </message>
    <message>
        <source>Steps per run</source>
        <translation>한 번에 학습할 스텝 수</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>시드</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>옵티마이저</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>오차</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>배치 크기</translation>
    </message>
    <message>
        <source>Standardize</source>
        <translation>표준화</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>초기화</translation>
    </message>
    <message>
        <source>Open files and sample data</source>
        <translation>파일과 예제 데이터 열기</translation>
    </message>
    <message>
        <source>Training speed</source>
        <translation>학습 속도</translation>
    </message>
    <message>
        <source>Lock for students</source>
        <translation>학생용 잠금</translation>
    </message>
    <message>
        <source>Students can use only the ticked controls until the lock is lifted (Tools ▸ Teacher mode ▸ Unlock…). The lock is saved with the session, so an exercise file opens locked.</source>
        <translation>잠금을 풀 때까지(도구 ▸ 교사 모드 ▸ 잠금 해제…) 학생은 체크한 항목만 쓸 수 있습니다. 잠금은 세션과 함께 저장되므로 실습 파일을 열면 잠긴 상태로 열립니다.</translation>
    </message>
    <message>
        <source>Students may use</source>
        <translation>학생이 쓸 수 있는 항목</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>선택 사항</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>비밀번호:</translation>
    </message>
    <message>
        <source>Again:</source>
        <translation>비밀번호 확인:</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>잠그기</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>두 비밀번호가 다릅니다.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Linear regression by gradient descent</source>
        <translation>경사하강법으로 배우는 선형회귀</translation>
    </message>
    <message>
        <source>&amp;Train</source>
        <translation>학습(&amp;T)</translation>
    </message>
    <message>
        <source>Make the set number of updates, continuing from the current line (F5)</source>
        <translation>정해 둔 횟수만큼 업데이트합니다. 지금의 직선에서 이어서 학습합니다 (F5)</translation>
    </message>
    <message>
        <source>&amp;Step</source>
        <translation>한 스텝(&amp;S)</translation>
    </message>
    <message>
        <source>Exactly one update: predict, loss, backward, optimizer step (F10)</source>
        <translation>딱 한 번 업데이트합니다: 예측, 오차, backward, 옵티마이저 step (F10)</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>일시정지(&amp;P)</translation>
    </message>
    <message>
        <source>Pause the run; press again to resume (Space)</source>
        <translation>학습을 잠시 멈춥니다. 다시 누르면 이어서 합니다 (Space)</translation>
    </message>
    <message>
        <source>St&amp;op</source>
        <translation>중지(&amp;O)</translation>
    </message>
    <message>
        <source>End the run here (Esc)</source>
        <translation>학습을 여기서 끝냅니다 (Esc)</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>초기화(&amp;R)</translation>
    </message>
    <message>
        <source>Back to the seeded start: step 0, the random initial weight and bias (Ctrl+R)</source>
        <translation>시드로 정한 처음 상태로 돌아갑니다: 스텝 0, 무작위 초기 가중치와 편향 (Ctrl+R)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <source>Close the application</source>
        <translation>프로그램을 닫습니다</translation>
    </message>
    <message>
        <source>&amp;About linreg-gui</source>
        <translation>linreg-gui 정보(&amp;A)</translation>
    </message>
    <message>
        <source>The version, and the licenses of the bundled components</source>
        <translation>버전, 그리고 함께 담긴 구성 요소의 라이선스</translation>
    </message>
    <message>
        <source>&amp;Guided tour</source>
        <translation>둘러보기(&amp;G)</translation>
    </message>
    <message>
        <source>The lesson&apos;s steps, one page each, pointing at the window (F1)</source>
        <translation>수업의 단계를 한 쪽씩, 창의 해당 부분을 가리키며 설명합니다 (F1)</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>전체 화면(&amp;F)</translation>
    </message>
    <message>
        <source>Fill the screen, e.g. on a classroom projector (F11)</source>
        <translation>화면을 가득 채웁니다. 교실 프로젝터에 좋습니다 (F11)</translation>
    </message>
    <message>
        <source>&amp;Reset layout</source>
        <translation>배치 초기화(&amp;R)</translation>
    </message>
    <message>
        <source>Put the panels back where they were at the first start</source>
        <translation>패널을 처음 실행했을 때의 자리로 되돌립니다</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <source>The language of the window; the choice is remembered</source>
        <translation>창에 쓰는 언어입니다. 고른 언어를 기억합니다</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>실행</translation>
    </message>
    <message>
        <source>+ Row</source>
        <translation>+ 행</translation>
    </message>
    <message>
        <source>− Row</source>
        <translation>− 행</translation>
    </message>
    <message>
        <source>+ Column</source>
        <translation>+ 열</translation>
    </message>
    <message>
        <source>− Column</source>
        <translation>− 열</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>데이터</translation>
    </message>
    <message>
        <source>Data and settings are locked while a run is in progress: press Stop to edit.</source>
        <translation>학습하는 동안에는 데이터와 설정을 바꿀 수 없습니다. 고치려면 중지를 누르세요.</translation>
    </message>
    <message>
        <source>Status bar</source>
        <translation>상태 표시줄</translation>
    </message>
    <message>
        <source>Why editing is locked</source>
        <translation>편집이 잠긴 이유</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>실행 취소(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Undo {0}</source>
        <translation>실행 취소(&amp;U): {0}</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>다시 실행(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Redo {0}</source>
        <translation>다시 실행(&amp;R): {0}</translation>
    </message>
    <message>
        <source>Cannot train: {0}</source>
        <translation>학습할 수 없습니다: {0}</translation>
    </message>
    <message>
        <source>Ready: step {0}. Press Train (F5) or Step (F10).</source>
        <translation>준비됨: 스텝 {0}. 학습(F5)이나 한 스텝(F10)을 누르세요.</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>계속(&amp;C)</translation>
    </message>
    <message>
        <source>Loading PyTorch…</source>
        <translation>PyTorch 불러오는 중…</translation>
    </message>
    <message>
        <source>Training…</source>
        <translation>학습 중…</translation>
    </message>
    <message>
        <source>Paused at step {0}. Press Space to resume, Esc to stop.</source>
        <translation>스텝 {0}에서 일시정지했습니다. 계속하려면 Space, 중지하려면 Esc를 누르세요.</translation>
    </message>
    <message>
        <source>Training… step {0:,}, loss {1:.4f}</source>
        <translation>학습 중… 스텝 {0:,}, 오차 {1:.4f}</translation>
    </message>
    <message>
        <source>Something went wrong in training: {0}</source>
        <translation>학습 중에 문제가 생겼습니다: {0}</translation>
    </message>
    <message>
        <source>Training failed</source>
        <translation>학습 실패</translation>
    </message>
</context>
<context>
    <name>MyLine</name>
    <message>
        <source>&amp;Handles on my line</source>
        <translation>내 직선의 손잡이(&amp;H)</translation>
    </message>
    <message>
        <source>Two handles on the model line in the plot: drag them to set W and b</source>
        <translation>그래프의 모델 직선 위 손잡이 두 개: 끌어서 W와 b를 정합니다</translation>
    </message>
    <message>
        <source>S&amp;quared errors</source>
        <translation>오차의 제곱(&amp;Q)</translation>
    </message>
    <message>
        <source>Draw each error as a square on the plot, with their sum and mean (the MSE) beside it (Ctrl+E)</source>
        <translation>그래프에 오차마다 정사각형을 그리고, 그 합과 평균(MSE)을 옆에 보여 줍니다 (Ctrl+E)</translation>
    </message>
    <message>
        <source>My line: W = {w}, b = {b}. Let go to start from here.</source>
        <translation>내 직선: W = {w}, b = {b}. 놓으면 여기서 시작합니다.</translation>
    </message>
    <message>
        <source>Gradient descent starts from my line: press Train (F5) or Train from my line.</source>
        <translation>경사하강법이 내 직선에서 시작합니다: 학습(F5) 또는 내 직선에서 학습을 누르세요.</translation>
    </message>
</context>
<context>
    <name>MyLinePanel</name>
    <message>
        <source>My line</source>
        <translation>내 직선</translation>
    </message>
    <message>
        <source>Set W and b yourself: drag the two handles on the line in the plot, or type them here. Gradient descent then starts from your line.</source>
        <translation>W와 b를 직접 정해 보세요: 그래프의 직선 위 손잡이 두 개를 끌거나 여기에 입력합니다. 그러면 경사하강법이 내 직선에서 시작합니다.</translation>
    </message>
    <message>
        <source>W ({0})</source>
        <translation>W ({0})</translation>
    </message>
    <message>
        <source>My line&apos;s weight W for {0}</source>
        <translation>내 직선의 {0} 가중치 W</translation>
    </message>
    <message>
        <source>b</source>
        <translation>b</translation>
    </message>
    <message>
        <source>My line&apos;s bias b</source>
        <translation>내 직선의 편향 b</translation>
    </message>
    <message>
        <source>Train from my line</source>
        <translation>내 직선에서 학습</translation>
    </message>
    <message>
        <source>Start gradient descent again from my line, with the settings (Steps per run)</source>
        <translation>내 직선에서 경사하강법을 다시 시작합니다 (설정의 한 번에 학습할 스텝 수만큼)</translation>
    </message>
    <message>
        <source>Handles</source>
        <translation>손잡이</translation>
    </message>
    <message>
        <source>Two handles on the model line in the plot: drag them to set W and b (one feature only)</source>
        <translation>그래프의 모델 직선 위 손잡이 두 개: 끌어서 W와 b를 정합니다 (입력 변수가 하나일 때만)</translation>
    </message>
    <message>
        <source>Squared errors</source>
        <translation>오차의 제곱</translation>
    </message>
    <message>
        <source>Draw each error as a square on the plot; their mean is the MSE</source>
        <translation>그래프에 오차마다 정사각형을 그립니다. 그 넓이의 평균이 MSE입니다</translation>
    </message>
</context>
<context>
    <name>NewWorksheetDialog</name>
    <message>
        <source>New worksheet</source>
        <translation>새 학습지</translation>
    </message>
    <message>
        <source>Linear regression worksheet</source>
        <translation>선형회귀 학습지</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>Tasks the engine checks:</source>
        <translation>프로그램이 확인하는 과제:</translation>
    </message>
    <message>
        <source>Reach a loss below {loss} within {steps} steps</source>
        <translation>{steps}스텝 안에 오차를 {loss} 아래로 낮추기</translation>
    </message>
    <message>
        <source>Set W and b by hand to a loss below {loss}</source>
        <translation>W와 b를 직접 골라 오차를 {loss} 아래로 만들기</translation>
    </message>
    <message>
        <source>Find a learning rate at which training diverges</source>
        <translation>학습이 발산하는 학습률 찾기</translation>
    </message>
    <message>
        <source>Predict the {target} for {feature} = {x} within ±{tolerance}</source>
        <translation>{feature} = {x}일 때 {target}을(를) ±{tolerance} 이내로 예측하기</translation>
    </message>
    <message>
        <source>x needs {0} number(s)</source>
        <translation>x에는 숫자 {0}개가 필요합니다</translation>
    </message>
</context>
<context>
    <name>PlotsPanel</name>
    <message>
        <source>Loss</source>
        <translation>오차</translation>
    </message>
    <message>
        <source>step</source>
        <translation>스텝</translation>
    </message>
    <message>
        <source>loss (log scale)</source>
        <translation>오차 (로그 눈금)</translation>
    </message>
    <message>
        <source>Weight and bias</source>
        <translation>가중치와 편향</translation>
    </message>
    <message>
        <source>value</source>
        <translation>값</translation>
    </message>
    <message>
        <source>Data and model plot</source>
        <translation>데이터와 모델 그래프</translation>
    </message>
    <message>
        <source>Loss plot</source>
        <translation>오차 그래프</translation>
    </message>
    <message>
        <source>Weight and bias plot</source>
        <translation>가중치와 편향 그래프</translation>
    </message>
    <message>
        <source>Arrow keys move the view, + and − zoom, Home shows everything.</source>
        <translation>화살표 키로 화면을 옮기고, +와 −로 확대·축소하고, Home으로 전체를 봅니다.</translation>
    </message>
    <message>
        <source>least-squares optimum</source>
        <translation>최소제곱 최적점</translation>
    </message>
    <message>
        <source>least squares</source>
        <translation>최소제곱</translation>
    </message>
    <message>
        <source>w ({name})</source>
        <translation>w ({name})</translation>
    </message>
    <message>
        <source>Predicted against actual</source>
        <translation>예측값과 실제값</translation>
    </message>
    <message>
        <source>Data and model — click to add a point, drag a point to move it</source>
        <translation>데이터와 모델 — 클릭하면 점 추가, 끌면 점 이동</translation>
    </message>
    <message>
        <source>Data and model</source>
        <translation>데이터와 모델</translation>
    </message>
    <message>
        <source>data</source>
        <translation>데이터</translation>
    </message>
    <message>
        <source>model</source>
        <translation>모델</translation>
    </message>
    <message>
        <source>residuals</source>
        <translation>잔차</translation>
    </message>
    <message>
        <source>least-squares line</source>
        <translation>최소제곱 직선</translation>
    </message>
    <message>
        <source>actual {name}</source>
        <translation>실제 {name}</translation>
    </message>
    <message>
        <source>predicted {name}</source>
        <translation>예측한 {name}</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>행</translation>
    </message>
    <message>
        <source>perfect prediction (y = x)</source>
        <translation>완벽한 예측 (y = x)</translation>
    </message>
    <message>
        <source>{name} ({shown} of {total} shown)</source>
        <translation>{name} ({total}개 중 {shown}개 표시)</translation>
    </message>
    <message>
        <source>least-squares {name} = {value}</source>
        <translation>최소제곱 {name} = {value}</translation>
    </message>
    <message>
        <source>least-squares optimum: loss ≈ 0 (an exact fit)</source>
        <translation>최소제곱 최적점: 오차 ≈ 0 (정확히 맞음)</translation>
    </message>
    <message>
        <source>row {row}: {x_name} = {x}, {y_name} = {y}
prediction = {p}, residual = {r}</source>
        <translation>{row}행: {x_name} = {x}, {y_name} = {y}
예측 = {p}, 잔차 = {r}</translation>
    </message>
    <message>
        <source>row {row}: actual = {y}
prediction = {p}, residual = {r}</source>
        <translation>{row}행: 실제 = {y}
예측 = {p}, 잔차 = {r}</translation>
    </message>
    <message>
        <source>step {step}: loss = {loss}</source>
        <translation>스텝 {step}: 오차 = {loss}</translation>
    </message>
    <message>
        <source>step {step}: {values}</source>
        <translation>스텝 {step}: {values}</translation>
    </message>
</context>
<context>
    <name>PredictBox</name>
    <message>
        <source>Predict</source>
        <translation>예측</translation>
    </message>
    <message>
        <source>Type the features; the current model predicts the target.</source>
        <translation>특성 값을 입력하면 지금의 모델이 타깃을 예측합니다.</translation>
    </message>
    <message>
        <source>Predict from {0}</source>
        <translation>{0}(으)로 예측</translation>
    </message>
    <message>
        <source>Predicted {0}</source>
        <translation>예측한 {0}</translation>
    </message>
    <message>
        <source>→ {0}</source>
        <translation>→ {0}</translation>
    </message>
    <message>
        <source>The model diverged, so this prediction means nothing: press Reset and train with a smaller learning rate.</source>
        <translation>모델이 발산해서 이 예측값은 의미가 없습니다: 초기화를 누르고 더 작은 학습률로 학습하세요.</translation>
    </message>
</context>
<context>
    <name>PredictMark</name>
    <message>
        <source>prediction ŷ = {0}</source>
        <translation>예측 ŷ = {0}</translation>
    </message>
</context>
<context>
    <name>Presentation</name>
    <message>
        <source>&amp;Presentation mode</source>
        <translation>발표 모드(&amp;P)</translation>
    </message>
    <message>
        <source>Large text and lines, W, b and the loss in big type, the side panels hidden: for a projector (F9)</source>
        <translation>큰 글자와 굵은 선, 큰 글씨의 W·b·오차, 옆 패널 숨김: 프로젝터용 (F9)</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>확대(&amp;I)</translation>
    </message>
    <message>
        <source>Larger text (Ctrl+=)</source>
        <translation>글자 크게 (Ctrl+=)</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>축소(&amp;O)</translation>
    </message>
    <message>
        <source>Smaller text (Ctrl+-)</source>
        <translation>글자 작게 (Ctrl+-)</translation>
    </message>
    <message>
        <source>&amp;Normal size</source>
        <translation>보통 크기(&amp;N)</translation>
    </message>
    <message>
        <source>Text at its normal size (Ctrl+0)</source>
        <translation>글자를 보통 크기로 (Ctrl+0)</translation>
    </message>
    <message>
        <source>W, b and the loss</source>
        <translation>W, b와 오차</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>찾는 위치(&amp;L):</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>파일 형식(&amp;T):</translation>
    </message>
</context>
<context>
    <name>ReadoutsPanel</name>
    <message>
        <source>Model</source>
        <extracomment>While a model trains at full speed, the numbers are shown at most this many times a second (each update costs the training a share of a frame); above the &gt;= 10 frames a second the worker sends then, so every such frame shows them. Paced runs show every frame. The widest number fmt() writes: value labels reserve its width, so that a number growing a digit does not lay out the panel, and with it the window, again (twice, while training).</extracomment>
        <translation>모델</translation>
    </message>
    <message>
        <source>now</source>
        <translation>현재</translation>
    </message>
    <message>
        <source>least squares</source>
        <translation>최소제곱</translation>
    </message>
    <message>
        <source>gap</source>
        <translation>차이</translation>
    </message>
    <message>
        <source>How far the current model is from the optimum</source>
        <translation>현재 모델이 최적점에서 얼마나 떨어져 있는지</translation>
    </message>
    <message>
        <source>Run status</source>
        <translation>학습 상태</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>스텝</translation>
    </message>
    <message>
        <source>Loss ({0})</source>
        <translation>오차 ({0})</translation>
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
        <translation>가중치 w ({0})</translation>
    </message>
    <message>
        <source>Bias b</source>
        <translation>편향 b</translation>
    </message>
</context>
<context>
    <name>ReportPainter</name>
    <message>
        <source>Linear regression by gradient descent: report</source>
        <translation>경사하강법 선형회귀 학습 보고서</translation>
    </message>
    <message>
        <source>Date: {0}</source>
        <translation>날짜: {0}</translation>
    </message>
    <message>
        <source>Name: {0}</source>
        <translation>이름: {0}</translation>
    </message>
    <message>
        <source>1. Data</source>
        <translation>1. 데이터</translation>
    </message>
    <message>
        <source>{0} rows in all; the first {1} are listed. Features: {2}; target: {3}.</source>
        <translation>데이터는 모두 {0}개이고 처음 {1}개를 보입니다. 입력(feature): {2}, 출력(target): {3}.</translation>
    </message>
    <message>
        <source>2. Settings</source>
        <translation>2. 설정</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>최적화 방법</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>학습률</translation>
    </message>
    <message>
        <source>Loss function</source>
        <translation>오차 함수</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>배치</translation>
    </message>
    <message>
        <source>the whole data</source>
        <translation>전체 데이터</translation>
    </message>
    <message>
        <source>mini-batches of {0}</source>
        <translation>미니배치 {0}개씩</translation>
    </message>
    <message>
        <source>Standardized</source>
        <translation>표준화</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>예</translation>
    </message>
    <message>
        <source>no</source>
        <translation>아니요</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>시드</translation>
    </message>
    <message>
        <source>Updates made</source>
        <translation>업데이트 횟수</translation>
    </message>
    <message>
        <source>3. Results</source>
        <translation>3. 결과</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>값</translation>
    </message>
    <message>
        <source>Trained model</source>
        <translation>학습한 모델</translation>
    </message>
    <message>
        <source>Least squares</source>
        <translation>최소제곱법</translation>
    </message>
    <message>
        <source>loss ({0})</source>
        <translation>오차 ({0})</translation>
    </message>
    <message>
        <source>undefined</source>
        <translation>정의되지 않음</translation>
    </message>
    <message>
        <source>Gap to the least-squares answer: the loss is {0} above the smallest possible loss {1}.</source>
        <translation>최소제곱법 답과의 차이: 오차가 가장 작은 값 {1}보다 {0} 큽니다.</translation>
    </message>
    <message>
        <source>4. Verdict</source>
        <translation>4. 판정</translation>
    </message>
    <message>
        <source>No run has been made yet.</source>
        <translation>아직 학습하지 않았습니다.</translation>
    </message>
    <message>
        <source>Made with linreg-gui. The plots are on the next page.</source>
        <translation>linreg-gui로 만들었습니다. 그래프는 다음 쪽에 있습니다.</translation>
    </message>
    <message>
        <source>5. Plots</source>
        <translation>5. 그래프</translation>
    </message>
    <message>
        <source>The data and the line ŷ = Wx + b, with the residuals</source>
        <translation>데이터와 직선 ŷ = Wx + b, 그리고 잔차</translation>
    </message>
    <message>
        <source>the trained line</source>
        <translation>학습한 직선</translation>
    </message>
    <message>
        <source>least squares</source>
        <translation>최소제곱법</translation>
    </message>
    <message>
        <source>residuals</source>
        <translation>잔차</translation>
    </message>
    <message>
        <source>Predicted against actual (the diagonal: a perfect fit)</source>
        <translation>예측값과 실제값 (대각선: 완벽한 예측)</translation>
    </message>
    <message>
        <source>actual {0}</source>
        <translation>실제 {0}</translation>
    </message>
    <message>
        <source>predicted {0}</source>
        <translation>예측 {0}</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>데이터</translation>
    </message>
    <message>
        <source>perfect fit</source>
        <translation>완벽한 예측</translation>
    </message>
    <message>
        <source>The loss ({0}) at every step, on a log scale</source>
        <translation>스텝별 오차 ({0}), 로그 눈금</translation>
    </message>
    <message>
        <source>The loss ({0}) at every step</source>
        <translation>스텝별 오차 ({0})</translation>
    </message>
    <message>
        <source>step</source>
        <translation>스텝</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>오차</translation>
    </message>
    <message>
        <source>The weight(s) and the bias at every step (dashed: the least-squares values)</source>
        <translation>스텝별 가중치와 편향 (점선: 최소제곱법 값)</translation>
    </message>
    <message>
        <source>value</source>
        <translation>값</translation>
    </message>
</context>
<context>
    <name>ResultsDialog</name>
    <message>
        <source>Worksheet results</source>
        <translation>학습지 결과</translation>
    </message>
    <message>
        <source>claimed without the run: {0}</source>
        <translation>학습 기록 없이 표시됨: {0}</translation>
    </message>
    <message>
        <source>Export as CSV…</source>
        <translation>CSV로 내보내기…</translation>
    </message>
    <message>
        <source>File</source>
        <translation>파일</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Tasks done</source>
        <translation>해결한 과제</translation>
    </message>
    <message>
        <source>Final loss</source>
        <translation>최종 오차</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>확인 안 됨</translation>
    </message>
    <message>
        <source>File or problem</source>
        <translation>파일 또는 문제</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>문제</translation>
    </message>
</context>
<context>
    <name>RunsModel</name>
    <message>
        <source>1 step</source>
        <translation>1스텝</translation>
    </message>
    <message>
        <source>{0} steps</source>
        <translation>{0}스텝</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>회차</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>스텝 수</translation>
    </message>
    <message>
        <source>Final loss</source>
        <translation>마지막 오차</translation>
    </message>
    <message>
        <source>Ending</source>
        <translation>결과</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>판정</translation>
    </message>
    <message>
        <source>converged</source>
        <translation>수렴</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>멈춤</translation>
    </message>
    <message>
        <source>diverged</source>
        <translation>발산</translation>
    </message>
</context>
<context>
    <name>RunsView</name>
    <message>
        <source>Remove</source>
        <translation>빼기</translation>
    </message>
    <message>
        <source>Remove the selected runs from the comparison</source>
        <translation>선택한 학습을 비교에서 뺍니다</translation>
    </message>
    <message>
        <source>Clear all</source>
        <translation>모두 지우기</translation>
    </message>
    <message>
        <source>Remove every kept run</source>
        <translation>보관한 학습을 모두 지웁니다</translation>
    </message>
    <message>
        <source>Every finished run is kept here. Reset, change one setting (e.g. the learning rate 0.001, 0.01, 0.1) and train again to compare.</source>
        <translation>끝난 학습은 모두 여기에 보관됩니다. 초기화한 뒤 설정 하나(예: 학습률 0.001, 0.01, 0.1)를 바꿔 다시 학습하고 비교해 보세요.</translation>
    </message>
    <message>
        <source>Kept runs</source>
        <translation>보관한 학습</translation>
    </message>
    <message>
        <source>step</source>
        <translation>스텝</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>오차</translation>
    </message>
    <message>
        <source>Loss of each run (log scale)</source>
        <translation>학습별 오차 (로그 눈금)</translation>
    </message>
</context>
<context>
    <name>ScriptExport</name>
    <message>
        <source>P&amp;yTorch script…</source>
        <translation>PyTorch 스크립트(&amp;Y)…</translation>
    </message>
    <message>
        <source>Save the current data, settings and runs as a Python script that trains the same model with PyTorch alone</source>
        <translation>지금의 데이터, 설정, 학습을 PyTorch만으로 같은 모델을 학습하는 파이썬 스크립트로 저장합니다</translation>
    </message>
    <message>
        <source>The settings changed between the runs since the last reset: the script repeats all {0} steps with the current settings only, so its numbers can differ from the app&apos;s. Reset and train with one setting for an exact script.</source>
        <translation>마지막 초기화 이후 학습 사이에 설정이 바뀌었습니다: 스크립트는 {0}스텝 전체를 현재 설정으로만 반복하므로 숫자가 앱과 다를 수 있습니다. 정확한 스크립트를 원하면 초기화한 뒤 한 가지 설정으로 학습하세요.</translation>
    </message>
    <message>
        <source>The script makes {0} steps from the start; the model is at step {1}.</source>
        <translation>스크립트는 처음부터 {0}스텝을 학습합니다. 모델은 지금 스텝 {1}에 있습니다.</translation>
    </message>
    <message>
        <source>Nothing is trained yet: the script makes one run of {0} steps, the Steps per run in Settings.</source>
        <translation>아직 학습하지 않았습니다: 스크립트는 설정의 &apos;한 번에 학습할 스텝 수&apos;인 {0}스텝을 한 번 학습합니다.</translation>
    </message>
    <message>
        <source>Export PyTorch script</source>
        <translation>PyTorch 스크립트 내보내기</translation>
    </message>
    <message>
        <source>There is no usable data to train on.</source>
        <translation>학습에 쓸 수 있는 데이터가 없습니다.</translation>
    </message>
    <message>
        <source>Python scripts (*.py)</source>
        <translation>파이썬 스크립트 (*.py)</translation>
    </message>
    <message>
        <source>Saved {0}. {1}</source>
        <translation>{0}을(를) 저장했습니다. {1}</translation>
    </message>
    <message>
        <source>Saved {0}: run it with python {0}</source>
        <translation>{0}을(를) 저장했습니다: python {0}(으)로 실행하세요</translation>
    </message>
</context>
<context>
    <name>SessionController</name>
    <message>
        <source>Untitled</source>
        <extracomment>Environment variable that moves the recovery folder (scripts, end-to-end tests). The share of the GUI thread&apos;s time autosave may take (collect + encode); only very large tables (around a million rows) reach it, and then writes are spaced further apart... ...but never more than this. While a run goes on, the recovery file&apos;s history is thinned to this many records. Records kept aside before they are put into the log (bounds the memory they take). Set by the autosave while a run goes on: history() then thins to this many records and makes no JSON for the kept ones (see RUNNING_RECOVERY_RECORDS). A change is written to the recovery file this long after it, and writes are at least AUTOSAVE_MIN_GAP_MS apart: the recovery file is never more than ~3 s behind. Opens a data file (CSV, Excel) chosen in Open Recent; FileActions sets it. How long the last autosave took on the GUI thread (collect + encode), in ms.</extracomment>
        <translation>제목 없음</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>열기(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a saved session (Ctrl+O)</source>
        <translation>저장한 세션을 엽니다 (Ctrl+O)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>저장(&amp;S)</translation>
    </message>
    <message>
        <source>Save the data, the settings and the training so far (Ctrl+S)</source>
        <translation>데이터, 설정, 지금까지의 학습을 저장합니다 (Ctrl+S)</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>다른 이름으로 저장(&amp;A)…</translation>
    </message>
    <message>
        <source>Save the session under a new name (Ctrl+Shift+S)</source>
        <translation>세션을 새 이름으로 저장합니다 (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>&amp;Clear list</source>
        <translation>목록 지우기(&amp;C)</translation>
    </message>
    <message>
        <source>Forget the recent files</source>
        <translation>최근 파일 목록을 지웁니다</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>최근 파일(&amp;R)</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>저장할 수 없음</translation>
    </message>
    <message>
        <source>The session could not be saved.

{0}</source>
        <translation>세션을 저장할 수 없습니다.

{0}</translation>
    </message>
    <message>
        <source>Saved {0}</source>
        <translation>{0}을(를) 저장했습니다</translation>
    </message>
    <message>
        <source>session</source>
        <translation>세션</translation>
    </message>
    <message>
        <source>Could not open</source>
        <translation>열 수 없음</translation>
    </message>
    <message>
        <source>The session could not be opened.

{0}</source>
        <translation>세션을 열 수 없습니다.

{0}</translation>
    </message>
    <message>
        <source>Opened {0}</source>
        <translation>{0}을(를) 열었습니다</translation>
    </message>
    <message>
        <source>File not found</source>
        <translation>파일을 찾을 수 없음</translation>
    </message>
    <message>
        <source>{0} no longer exists. It was removed from the recent files.</source>
        <translation>{0}이(가) 더 이상 없습니다. 최근 파일 목록에서 뺐습니다.</translation>
    </message>
    <message>
        <source>Automatic backup failed: {0}</source>
        <translation>자동 백업에 실패했습니다: {0}</translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation>복구</translation>
    </message>
    <message>
        <source>A recovered session could not be read and was set aside as {0}.

{1}</source>
        <translation>복구한 세션을 읽을 수 없어서 {0}(으)로 따로 보관했습니다.

{1}</translation>
    </message>
    <message>
        <source>Restored the session from {0}</source>
        <translation>{0}의 세션을 복구했습니다</translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>알 수 없는 시각</translation>
    </message>
    <message>
        <source>Save changes to {0} before closing?</source>
        <translation>닫기 전에 {0}의 변경 사항을 저장할까요?</translation>
    </message>
    <message>
        <source>Save changes to {0} before opening another session?</source>
        <translation>다른 세션을 열기 전에 {0}의 변경 사항을 저장할까요?</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>저장하지 않은 변경 사항</translation>
    </message>
    <message>
        <source>Linear regression sessions (*.linreg);;All files (*)</source>
        <translation>선형회귀 세션 (*.linreg);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Open session</source>
        <translation>세션 열기</translation>
    </message>
    <message>
        <source>Save session</source>
        <translation>세션 저장</translation>
    </message>
    <message>
        <source>linreg-gui did not close properly last time. Your work was saved automatically at {time}:

{name}: {rows} rows, step {step}.

Restore it?</source>
        <translation>지난번에 linreg-gui가 제대로 닫히지 않았습니다. 작업 내용은 {time}에 자동으로 저장되었습니다:

{name}: {rows}행, 스텝 {step}.

복구할까요?</translation>
    </message>
    <message>
        <source>Restore unsaved work?</source>
        <translation>저장하지 않은 작업을 복구할까요?</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>복구(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>버리기(&amp;D)</translation>
    </message>
</context>
<context>
    <name>SessionError</name>
    <message>
        <source>cannot be saved: {error}</source>
        <extracomment>What the &quot;format&quot; field of every session file says. The schema this version writes; files with a lower version are migrated on loading. The history is thinned evenly to at most this many records when saved (first and last kept). Larger files are refused rather than filling a classroom laptop&apos;s memory. Limits that keep a damaged file from asking for absurd amounts of anything. TrainConfig&apos;s fields as a session stores them, with the JSON types each accepts.</extracomment>
        <translation>저장할 수 없습니다: {error}</translation>
    </message>
    <message>
        <source>cannot be written: {error}</source>
        <translation>쓸 수 없습니다: {error}</translation>
    </message>
    <message>
        <source>is not a session file: it is nested too deeply</source>
        <translation>세션 파일이 아닙니다: 너무 깊게 중첩되어 있습니다</translation>
    </message>
    <message>
        <source>is not a linreg-gui session file (no object at the top)</source>
        <translation>linreg-gui 세션 파일이 아닙니다 (맨 위에 객체가 없습니다)</translation>
    </message>
    <message>
        <source>is not a linreg-gui session file</source>
        <translation>linreg-gui 세션 파일이 아닙니다</translation>
    </message>
    <message>
        <source>has no schema version</source>
        <translation>스키마 버전이 없습니다</translation>
    </message>
    <message>
        <source>file not found</source>
        <translation>파일을 찾을 수 없습니다</translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translation>파일이 아니라 폴더입니다</translation>
    </message>
    <message>
        <source>cannot be read: {error}</source>
        <translation>읽을 수 없습니다: {error}</translation>
    </message>
</context>
<context>
    <name>SideColumns</name>
    <message>
        <source>Data</source>
        <translation>데이터</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>모델</translation>
    </message>
</context>
<context>
    <name>SpeedControl</name>
    <message>
        <source>&amp;Full speed</source>
        <translation>최대 속도(&amp;F)</translation>
    </message>
    <message>
        <source>Full speed</source>
        <translation>최대 속도</translation>
    </message>
    <message>
        <source>{0} step/s</source>
        <translation>초당 {0}스텝</translation>
    </message>
    <message>
        <source>{0} steps/s</source>
        <translation>초당 {0}스텝</translation>
    </message>
    <message>
        <source>Spee&amp;d:</source>
        <translation>속도(&amp;D):</translation>
    </message>
    <message>
        <source>Steps per second while training: slow enough to watch each update, or full speed. Remembered, and saved in sessions.</source>
        <translation>학습할 때 1초에 진행할 스텝 수입니다. 업데이트 하나하나를 지켜볼 수 있을 만큼 느리게 하거나 최대 속도로 할 수 있습니다. 선택은 기억되고 세션에도 저장됩니다.</translation>
    </message>
    <message>
        <source>Training speed</source>
        <translation>학습 속도</translation>
    </message>
    <message>
        <source>Spee&amp;d</source>
        <translation>속도(&amp;D)</translation>
    </message>
</context>
<context>
    <name>SquaresNote</name>
    <message>
        <source>&lt;span style=&apos;color:{swatch}&apos;&gt;■&lt;/span&gt; squared errors&lt;br&gt;sum = {total}&lt;br&gt;mean = {mean} (MSE)</source>
        <translation>&lt;span style=&apos;color:{swatch}&apos;&gt;■&lt;/span&gt; 오차의 제곱&lt;br&gt;합 = {total}&lt;br&gt;평균 = {mean} (MSE)</translation>
    </message>
</context>
<context>
    <name>TableProblems</name>
    <message>
        <source>1 row left out</source>
        <extracomment>At most this many left-out rows are described one by one; the count is always exact.</extracomment>
        <translation>1개 행을 뺐습니다</translation>
    </message>
    <message>
        <source>{count} rows left out</source>
        <translation>{count}개 행을 뺐습니다</translation>
    </message>
    <message>
        <source>row {row}, column {column}: {reason}</source>
        <translation>{row}행 {column} 열: {reason}</translation>
    </message>
    <message>
        <source>; and {count} more</source>
        <translation>; 그 밖에 {count}개 더</translation>
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
        <translation>학생용 잠금(&amp;L)…</translation>
    </message>
    <message>
        <source>Choose which controls students may use, with an optional password</source>
        <translation>학생이 쓸 수 있는 항목을 고르고, 원하면 비밀번호를 정합니다</translation>
    </message>
    <message>
        <source>&amp;Unlock…</source>
        <translation>잠금 해제(&amp;U)…</translation>
    </message>
    <message>
        <source>Lift the teacher&apos;s lock (asks the password)</source>
        <translation>교사의 잠금을 풉니다 (비밀번호를 묻습니다)</translation>
    </message>
    <message>
        <source>Locked by the teacher</source>
        <translation>교사가 잠갔습니다</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>잠금 해제</translation>
    </message>
    <message>
        <source>Teacher&apos;s password:</source>
        <translation>교사 비밀번호:</translation>
    </message>
    <message>
        <source>Wrong password: the controls stay locked.</source>
        <translation>비밀번호가 틀렸습니다: 잠금이 유지됩니다.</translation>
    </message>
    <message>
        <source>The teacher locked the data table: it can be changed once the teacher unlocks it.</source>
        <translation>선생님이 데이터 표를 잠갔습니다: 선생님이 잠금을 풀면 다시 고칠 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>TeachingViews</name>
    <message>
        <source>Step inspector</source>
        <translation>스텝 들여다보기</translation>
    </message>
    <message>
        <source>Loss landscape</source>
        <translation>오차 지형</translation>
    </message>
    <message>
        <source>Compare runs</source>
        <translation>학습 비교</translation>
    </message>
    <message>
        <source>The next step with its real numbers beside the PyTorch lines (F6)</source>
        <translation>다음 스텝을 실제 숫자와 함께 PyTorch 코드 옆에 보여 줍니다 (F6)</translation>
    </message>
    <message>
        <source>The loss over weight and bias, with the optimizer&apos;s path (F7)</source>
        <translation>가중치와 편향에 따른 오차, 그리고 옵티마이저가 지나온 길 (F7)</translation>
    </message>
    <message>
        <source>The finished runs side by side, with a verdict for each (F8)</source>
        <translation>끝난 학습들을 나란히 놓고 각각 판정합니다 (F8)</translation>
    </message>
    <message>
        <source>Step &amp;inspector</source>
        <translation>스텝 들여다보기(&amp;I)</translation>
    </message>
    <message>
        <source>Loss &amp;landscape</source>
        <translation>오차 지형(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Compare runs</source>
        <translation>학습 비교(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>T&amp;ools</source>
        <translation>도구(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Teacher mode</source>
        <translation>교사 모드(&amp;T)</translation>
    </message>
    <message>
        <source>Teaching views</source>
        <translation>수업용 보기</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>Step &amp;back</source>
        <translation>한 스텝 되돌리기(&amp;B)</translation>
    </message>
    <message>
        <source>Undo the last update: the model goes back one step, exactly (Shift+F10)</source>
        <translation>마지막 업데이트를 취소합니다: 모델이 정확히 한 스텝 전으로 돌아갑니다 (Shift+F10)</translation>
    </message>
    <message>
        <source>Rep&amp;lay</source>
        <translation>다시 보기(&amp;L)</translation>
    </message>
    <message>
        <source>Play the run again on the timeline at the chosen speed</source>
        <translation>이번 학습을 선택한 속도로 타임라인에서 다시 재생합니다</translation>
    </message>
    <message>
        <source>&amp;Continue from here</source>
        <translation>여기서부터 계속(&amp;C)</translation>
    </message>
    <message>
        <source>Make the step shown on the timeline the model&apos;s state; training goes on from there, as if it had never gone further. The run left behind stays in Compare runs.</source>
        <translation>타임라인에 보이는 스텝을 모델의 현재 상태로 만듭니다. 학습은 그 뒤로 진행한 적이 없었던 것처럼 거기서부터 이어집니다. 두고 온 학습은 학습 비교에 남습니다.</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>타임라인</translation>
    </message>
    <message>
        <source>Timeline: the step shown</source>
        <translation>타임라인: 보이는 스텝</translation>
    </message>
    <message>
        <source>Drag, or use Left/Right, to look at any step of this run</source>
        <translation>끌거나 왼쪽/오른쪽 키로 이번 학습의 아무 스텝이나 볼 수 있습니다</translation>
    </message>
    <message>
        <source>Step {0} (latest)</source>
        <translation>스텝 {0} (최신)</translation>
    </message>
    <message>
        <source>Step {0} of {1}: before this session&apos;s start, {2}, so only to look at</source>
        <translation>스텝 {0} / {1}: 이 세션의 시작점({2}) 이전이라 보기만 할 수 있습니다</translation>
    </message>
    <message>
        <source>Step {0} of {1}</source>
        <translation>스텝 {0} / {1}</translation>
    </message>
    <message>
        <source>Step {0} of {1}: not kept in the history, showing the nearest recorded step, {2}</source>
        <translation>스텝 {0} / {1}: 기록에 남아 있지 않아 가장 가까운 기록된 스텝 {2}을(를) 보여 줍니다</translation>
    </message>
</context>
<context>
    <name>TourDialog</name>
    <message>
        <source>Data: study hours and scores</source>
        <translation>데이터: 공부시간과 점수</translation>
    </message>
    <message>
        <source>&lt;p&gt;Each row of the table is one example: the hours a student studied (the feature &lt;i&gt;x&lt;/i&gt;) and the score they got (the target &lt;i&gt;y&lt;/i&gt;). The lesson has three students: 1 hour → 20 points, 2 → 40, 3 → 60.&lt;/p&gt;&lt;p&gt;&lt;tt&gt;X_train = torch.tensor([[1],[2],[3]])&lt;/tt&gt;&lt;br&gt;&lt;tt&gt;y_train = torch.tensor([[20],[40],[60]])&lt;/tt&gt;&lt;/p&gt;&lt;p&gt;Type in the cells, paste from a spreadsheet, or open a CSV or Excel file.&lt;/p&gt;</source>
        <translation>&lt;p&gt;표의 한 행이 예시 하나입니다: 학생이 공부한 시간(특성 &lt;i&gt;x&lt;/i&gt;)과 받은 점수(타깃 &lt;i&gt;y&lt;/i&gt;). 수업에는 학생이 세 명 있습니다: 1시간 → 20점, 2시간 → 40점, 3시간 → 60점.&lt;/p&gt;&lt;p&gt;&lt;tt&gt;X_train = torch.tensor([[1],[2],[3]])&lt;/tt&gt;&lt;br&gt;&lt;tt&gt;y_train = torch.tensor([[20],[40],[60]])&lt;/tt&gt;&lt;/p&gt;&lt;p&gt;칸에 직접 입력하거나, 스프레드시트에서 붙여 넣거나, CSV나 엑셀 파일을 여세요.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Look at the data table on the left.</source>
        <translation>왼쪽의 데이터 표를 보세요.</translation>
    </message>
    <message>
        <source>The model: ŷ = Wx + b</source>
        <translation>모델: ŷ = Wx + b</translation>
    </message>
    <message>
        <source>&lt;p&gt;Linear regression estimates the score as a weighted sum: &lt;b&gt;ŷ = Wx + b&lt;/b&gt;. The weight &lt;i&gt;W&lt;/i&gt; says how many points each hour of study adds; the bias &lt;i&gt;b&lt;/i&gt; shifts the line up or down.&lt;/p&gt;&lt;p&gt;&lt;tt&gt;torch.manual_seed(0)&lt;/tt&gt; and &lt;tt&gt;torch.rand&lt;/tt&gt; pick the starting values W = 0.4963 and b = 0.7682, so the line starts almost flat.&lt;/p&gt;</source>
        <translation>&lt;p&gt;선형회귀는 점수를 가중합으로 추정합니다: &lt;b&gt;ŷ = Wx + b&lt;/b&gt;. 가중치 &lt;i&gt;W&lt;/i&gt;는 한 시간 더 공부할 때 점수가 몇 점 오르는지를, 편향 &lt;i&gt;b&lt;/i&gt;는 직선을 위아래로 옮기는 값을 나타냅니다.&lt;/p&gt;&lt;p&gt;&lt;tt&gt;torch.manual_seed(0)&lt;/tt&gt;과 &lt;tt&gt;torch.rand&lt;/tt&gt;가 처음 값 W = 0.4963, b = 0.7682를 정하므로, 직선은 거의 평평하게 시작합니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The line in the Data and model plot is the model.</source>
        <translation>데이터와 모델 그래프의 직선이 바로 모델입니다.</translation>
    </message>
    <message>
        <source>Prediction</source>
        <translation>예측</translation>
    </message>
    <message>
        <source>&lt;p&gt;The model predicts a score for every row: &lt;tt&gt;pred = X @ weight + bias&lt;/tt&gt;. Before training it predicts 1.26, 1.76 and 2.26, far from the real 20, 40 and 60.&lt;/p&gt;&lt;p&gt;The short vertical segments in the plot (residuals) are the gaps between each prediction and the real score. The Predict box asks the model about any number of hours.&lt;/p&gt;</source>
        <translation>&lt;p&gt;모델은 모든 행의 점수를 예측합니다: &lt;tt&gt;pred = X @ weight + bias&lt;/tt&gt;. 학습 전에는 1.26, 1.76, 2.26을 예측하는데, 실제 점수 20, 40, 60과는 거리가 멉니다.&lt;/p&gt;&lt;p&gt;그래프의 짧은 세로 선분(잔차)이 각 예측과 실제 점수의 차이입니다. 예측 상자에서는 원하는 공부시간을 넣어 모델에게 물어볼 수 있습니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Look at the plot&apos;s residuals and the Predict box.</source>
        <translation>그래프의 잔차와 예측 상자를 보세요.</translation>
    </message>
    <message>
        <source>Loss: mean squared error (MSE)</source>
        <translation>오차: 평균 제곱 오차 (MSE)</translation>
    </message>
    <message>
        <source>&lt;p&gt;The loss measures how wrong the predictions are: the mean of the squared gaps, &lt;tt&gt;torch.mean((pred - y)**2)&lt;/tt&gt;. At the start it is 1715.8387.&lt;/p&gt;&lt;p&gt;Training makes it fall. The Loss plot uses a log scale, so each grid line down means 10 times smaller.&lt;/p&gt;</source>
        <translation>&lt;p&gt;오차는 예측이 얼마나 틀렸는지 재는 값입니다: 차이를 제곱해서 평균 낸 &lt;tt&gt;torch.mean((pred - y)**2)&lt;/tt&gt;. 처음에는 1715.8387입니다.&lt;/p&gt;&lt;p&gt;학습하면 오차가 줄어듭니다. 오차 그래프는 로그 눈금이라서 격자선 한 칸 아래로 내려갈 때마다 10배 작아집니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The Loss plot follows the loss step by step.</source>
        <translation>오차 그래프가 스텝마다 오차를 따라갑니다.</translation>
    </message>
    <message>
        <source>Gradients: loss.backward()</source>
        <translation>기울기: loss.backward()</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;tt&gt;loss.backward()&lt;/tt&gt; computes how the loss changes when the weight or the bias changes a little: &lt;tt&gt;weight.grad&lt;/tt&gt; = −178.9621 and &lt;tt&gt;bias.grad&lt;/tt&gt; = −76.4785. A negative gradient means: make this parameter larger to lower the loss.&lt;/p&gt;&lt;p&gt;Step (F10) makes exactly one update — predict, loss, backward, optimizer step — so you can follow it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;tt&gt;loss.backward()&lt;/tt&gt;는 가중치나 편향을 조금 바꿀 때 오차가 어떻게 변하는지, 즉 기울기(gradient)를 계산합니다: &lt;tt&gt;weight.grad&lt;/tt&gt; = −178.9621, &lt;tt&gt;bias.grad&lt;/tt&gt; = −76.4785. 기울기가 음수이면 그 파라미터를 키워야 오차가 줄어든다는 뜻입니다.&lt;/p&gt;&lt;p&gt;한 스텝(F10)은 예측, 오차, backward, 옵티마이저 step을 딱 한 번만 하므로 과정을 하나씩 따라갈 수 있습니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Use Step in the toolbar to make one update.</source>
        <translation>도구 모음의 한 스텝으로 한 번 업데이트해 보세요.</translation>
    </message>
    <message>
        <source>Optimizer step: gradient descent</source>
        <translation>옵티마이저 step: 경사하강법</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;tt&gt;optimizer.step()&lt;/tt&gt; moves each parameter against its gradient, scaled by the learning rate: &lt;tt&gt;weight ← weight − lr × weight.grad&lt;/tt&gt;. With lr = 0.001 the weight goes from 0.4963 to 0.6752. &lt;tt&gt;optimizer.zero_grad()&lt;/tt&gt; then clears the gradients for the next step.&lt;/p&gt;&lt;p&gt;Try other learning rates in Settings: too small is slow, too large makes the loss explode.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;tt&gt;optimizer.step()&lt;/tt&gt;은 각 파라미터를 기울기의 반대 방향으로, 학습률만큼 곱해서 옮깁니다: &lt;tt&gt;weight ← weight − lr × weight.grad&lt;/tt&gt;. lr = 0.001이면 가중치가 0.4963에서 0.6752로 바뀝니다. 그다음 &lt;tt&gt;optimizer.zero_grad()&lt;/tt&gt;가 다음 스텝을 위해 기울기를 0으로 되돌립니다.&lt;/p&gt;&lt;p&gt;설정에서 학습률을 바꿔 보세요: 너무 작으면 느리고, 너무 크면 오차가 폭발합니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The learning rate and the optimizer are in Settings.</source>
        <translation>학습률과 옵티마이저는 설정에 있습니다.</translation>
    </message>
    <message>
        <source>The training loop</source>
        <translation>학습 반복</translation>
    </message>
    <message>
        <source>&lt;p&gt;Training repeats the same steps: predict, compute the loss, &lt;tt&gt;backward()&lt;/tt&gt;, &lt;tt&gt;step()&lt;/tt&gt;, &lt;tt&gt;zero_grad()&lt;/tt&gt;.&lt;/p&gt;&lt;p&gt;Train (F5) makes the number of steps per run set in Settings (100 in the lesson) and continues from where the model is. Watch the weight and the bias move toward the best line. Space pauses, Esc stops.&lt;/p&gt;</source>
        <translation>&lt;p&gt;학습은 같은 단계를 되풀이합니다: 예측, 오차 계산, &lt;tt&gt;backward()&lt;/tt&gt;, &lt;tt&gt;step()&lt;/tt&gt;, &lt;tt&gt;zero_grad()&lt;/tt&gt;.&lt;/p&gt;&lt;p&gt;학습(F5)은 설정에서 정한 스텝 수(수업에서는 100)만큼, 모델이 지금 있는 곳에서 이어서 학습합니다. 가중치와 편향이 가장 좋은 직선을 향해 움직이는 것을 지켜보세요. Space는 일시정지, Esc는 중지입니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Press Train and watch the Weight and bias plot.</source>
        <translation>학습을 누르고 가중치와 편향 그래프를 지켜보세요.</translation>
    </message>
    <message>
        <source>Result: ask the model</source>
        <translation>결과: 모델에게 물어보기</translation>
    </message>
    <message>
        <source>&lt;p&gt;After one step and three runs of 100 steps, the lesson&apos;s model has W = 16.2360, b = 7.0396 and loss 9.6839. The Model panel compares it with the best possible line (least squares).&lt;/p&gt;&lt;p&gt;Now ask the lesson&apos;s question in Predict: if I study 5 hours, what score will I get?&lt;/p&gt;</source>
        <translation>&lt;p&gt;한 스텝에 이어 100스텝씩 세 번 학습하면 수업의 모델은 W = 16.2360, b = 7.0396, 오차 9.6839가 됩니다. 모델 패널은 이 값을 가장 좋은 직선(최소제곱)과 비교합니다.&lt;/p&gt;&lt;p&gt;이제 예측 상자에 수업의 질문을 해 보세요: 5시간 공부하면 몇 점을 받을까요?&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The Model panel and the Predict box are on the right.</source>
        <translation>모델 패널과 예측 상자는 오른쪽에 있습니다.</translation>
    </message>
    <message>
        <source>Guided tour</source>
        <translation>둘러보기</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; 이전(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>다음(&amp;N) &gt;</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>닫기(&amp;C)</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>이전 쪽</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>다음 쪽</translation>
    </message>
    <message>
        <source>{index}. {title}</source>
        <translation>{index}. {title}</translation>
    </message>
    <message>
        <source>Page {index} of {count}</source>
        <translation>{count}쪽 중 {index}쪽</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>마치기(&amp;F)</translation>
    </message>
</context>
<context>
    <name>WorksheetPanel</name>
    <message>
        <source>Name:</source>
        <extracomment>The colour of a task the engine has ticked (with the tick itself, not alone).</extracomment>
        <translation>이름:</translation>
    </message>
    <message>
        <source>Save my result…</source>
        <translation>내 결과 저장…</translation>
    </message>
    <message>
        <source>{0} of {1} tasks done</source>
        <translation>과제 {1}개 중 {0}개 완료</translation>
    </message>
    <message>
        <source>Check my answer</source>
        <translation>답 확인</translation>
    </message>
</context>
<context>
    <name>Worksheets</name>
    <message>
        <source>&amp;Worksheet</source>
        <translation>학습지(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;New worksheet from this window…</source>
        <translation>지금 창으로 새 학습지 만들기(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open worksheet…</source>
        <translation>학습지 열기(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Save my result…</source>
        <translation>내 결과 저장(&amp;S)…</translation>
    </message>
    <message>
        <source>Students&apos; &amp;results in a folder…</source>
        <translation>폴더 안의 학생 결과 보기(&amp;R)…</translation>
    </message>
    <message>
        <source>Worksheet</source>
        <translation>학습지</translation>
    </message>
    <message>
        <source>Worksheets (*{0})</source>
        <translation>학습지 (*{0})</translation>
    </message>
    <message>
        <source>Worksheet results (*{0})</source>
        <translation>학습지 결과 (*{0})</translation>
    </message>
    <message>
        <source>New worksheet</source>
        <translation>새 학습지</translation>
    </message>
    <message>
        <source>There is no usable data for a worksheet.</source>
        <translation>학습지에 쓸 수 있는 데이터가 없습니다.</translation>
    </message>
    <message>
        <source>Saved {0}</source>
        <translation>{0}을(를) 저장했습니다</translation>
    </message>
    <message>
        <source>Open worksheet</source>
        <translation>학습지 열기</translation>
    </message>
    <message>
        <source>Stop training before opening a worksheet.</source>
        <translation>학습지를 열기 전에 학습을 멈추세요.</translation>
    </message>
    <message>
        <source>Not yet: that answer is not within the tolerance.</source>
        <translation>아직 아닙니다: 그 답은 허용 범위 밖입니다.</translation>
    </message>
    <message>
        <source>Save my result</source>
        <translation>내 결과 저장</translation>
    </message>
    <message>
        <source>Open a worksheet first (Tools &gt; Worksheet).</source>
        <translation>먼저 학습지를 여세요 (도구 &gt; 학습지).</translation>
    </message>
    <message>
        <source>Type your name first.</source>
        <translation>먼저 이름을 입력하세요.</translation>
    </message>
    <message>
        <source>Worksheet results</source>
        <translation>학습지 결과</translation>
    </message>
    <message>
        <source>Open the worksheet first: the results are checked against it.</source>
        <translation>먼저 학습지를 여세요: 결과는 그 학습지로 확인합니다.</translation>
    </message>
    <message>
        <source>Export as CSV</source>
        <translation>CSV로 내보내기</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>CSV 파일 (*.csv)</translation>
    </message>
</context>
<context>
    <name>files</name>
    <message>
        <source>no file name was given</source>
        <extracomment>Where a process&apos;s running cannot be asked (Windows), a temporary file this old is stale.</extracomment>
        <translation>파일 이름이 없습니다</translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation>파일이 아니라 폴더입니다</translation>
    </message>
    <message>
        <source>the folder {0} does not exist</source>
        <translation>{0} 폴더가 없습니다</translation>
    </message>
    <message>
        <source>the folder {0} cannot be written to</source>
        <translation>{0} 폴더에 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>the file is read-only</source>
        <translation>읽기 전용 파일입니다</translation>
    </message>
</context>
<context>
    <name>inspector</name>
    <message>
        <source>{label}: plain SGD would give {p} − {lr} × {g} = {sgd}; {optimizer} gives {real} ({state})</source>
        <extracomment>Autograd and the formula agree when they differ by less than this, relative to the larger of the gradient and the size of its terms (see ``GradCheck``). float32&apos;s unit roundoff, 2^-24.</extracomment>
        <translation>{label}: 기본 SGD라면 {p} − {lr} × {g} = {sgd}; {optimizer}은(는) {real} ({state})</translation>
    </message>
    <message>
        <source>{label}: plain SGD would give {p} − {lr} × {g} = {sgd}</source>
        <translation>{label}: 기본 SGD라면 {p} − {lr} × {g} = {sgd}</translation>
    </message>
    <message>
        <source>momentum does not step by lr × gradient: its step also uses a running average of past gradients (the momentum buffer v).</source>
        <translation>momentum은 lr × 기울기만큼만 움직이지 않습니다: 지난 기울기들의 이동 평균(모멘텀 버퍼 v)도 함께 씁니다.</translation>
    </message>
    <message>
        <source>adam does not step by lr × gradient: its step also uses running averages of past gradients and of their squares (m and s).</source>
        <translation>adam은 lr × 기울기만큼만 움직이지 않습니다: 지난 기울기와 그 제곱의 이동 평균(m과 s)도 함께 씁니다.</translation>
    </message>
    <message>
        <source>rmsprop does not step by lr × gradient: its step also uses a running average of past squared gradients (s).</source>
        <translation>rmsprop은 lr × 기울기만큼만 움직이지 않습니다: 지난 기울기 제곱의 이동 평균(s)도 함께 씁니다.</translation>
    </message>
    <message>
        <source>Those averages were not given, so only the plain-SGD step is shown, for comparison.</source>
        <translation>그 이동 평균 값이 없어서, 비교용으로 기본 SGD 스텝만 보여 줍니다.</translation>
    </message>
    <message>
        <source>With mini-batches of {batch} rows the next optimizer.step() uses the gradient of the next batch, not of all rows: this is the full-batch step.</source>
        <translation>{batch}행짜리 미니배치로 학습하면 다음 optimizer.step()은 모든 행이 아니라 다음 배치의 기울기를 씁니다: 여기 보이는 것은 전체 배치 스텝입니다.</translation>
    </message>
    <message>
        <source>With mini-batches of {batch} rows this optimizer.step() uses the gradient of one batch, the rows the seeded shuffle gives here ({rows}): the loss and the gradients shown are over those rows.</source>
        <translation>{batch}행짜리 미니배치로 학습하면 이 optimizer.step()은 한 배치의 기울기, 곧 시드로 섞은 순서에서 이번에 나오는 행({rows})의 기울기를 씁니다: 여기 보이는 오차와 기울기는 그 행들로 계산한 값입니다.</translation>
    </message>
    <message>
        <source>depends on the optimizer&apos;s running averages (not given)</source>
        <translation>옵티마이저의 이동 평균에 따라 다름 (값이 주어지지 않음)</translation>
    </message>
    <message>
        <source>Training is standardized: the optimizer walks the columns (x − mean) / std and (y − mean) / std, so its weight, bias, loss and gradients are those of the standardized columns; the data-unit results are weight = w_s · std(y) / std(x) and bias = mean(y) + std(y) · b_s − weight · mean(x).</source>
        <translation>표준화해서 학습하는 중입니다: 옵티마이저는 (x − mean) / std와 (y − mean) / std 열 위를 걸으므로, 가중치·편향·오차·기울기는 표준화한 열의 값입니다. 데이터 단위 결과는 weight = w_s · std(y) / std(x), bias = mean(y) + std(y) · b_s − weight · mean(x)입니다.</translation>
    </message>
    <message>
        <source>Showing the first {shown} of {n} rows; sums, means, the loss and the gradients are over all rows.</source>
        <translation>{n}개 행 중 처음 {shown}개를 보여 줍니다. 합, 평균, 오차, 기울기는 모든 행에 대한 값입니다.</translation>
    </message>
    <message>
        <source>Autograd (float32) and the formula (float64) differ by more than float32 rounding explains: please report this data.</source>
        <translation>autograd(float32)와 공식(float64)의 차이가 float32 반올림으로 설명되는 것보다 큽니다: 이 데이터를 알려 주세요.</translation>
    </message>
    <message>
        <source>The residuals are tiny next to the values they are differences of, so float32 (about 7 digits) limits how well autograd and the float64 formula can agree here.</source>
        <translation>잔차가 원래 값에 비해 아주 작아서, float32(약 7자리)로는 autograd와 float64 공식이 여기서 정확히 맞기 어렵습니다.</translation>
    </message>
    <message>
        <source>The residuals are tiny next to the values they are differences of, so float32 (about 7 digits) limits how well autograd and the float64 formula can agree here. Standardizing the columns helps.</source>
        <translation>잔차가 원래 값에 비해 아주 작아서, float32(약 7자리)로는 autograd와 float64 공식이 여기서 정확히 맞기 어렵습니다. 열을 표준화하면 나아집니다.</translation>
    </message>
</context>
<context>
    <name>verdict</name>
    <message>
        <source>Converged at step {step}: the gradient is almost zero, so further steps barely move the line. Loss {loss}.</source>
        <translation>스텝 {step}에서 수렴했습니다: 기울기가 거의 0이라서 더 학습해도 직선이 거의 움직이지 않습니다. 오차 {loss}.</translation>
    </message>
    <message>
        <source>Converged at step {step}: the loss stopped improving (less than {percent}% over the last {patience} steps). Loss {loss}.</source>
        <translation>스텝 {step}에서 수렴했습니다: 오차가 더 줄지 않습니다 (최근 {patience}스텝 동안 {percent}% 미만). 오차 {loss}.</translation>
    </message>
    <message>
        <source>Stopped at step {step}, as asked. Train again to continue from here.</source>
        <translation>요청대로 스텝 {step}에서 멈췄습니다. 다시 학습하면 여기서부터 이어집니다.</translation>
    </message>
    <message>
        <source>Stopped at step {step}: no steps were asked for, so nothing changed. Train some steps to watch the loss fall.</source>
        <translation>스텝 {step}에서 멈췄습니다: 요청한 스텝이 없어서 아무것도 바뀌지 않았습니다. 몇 스텝 학습하면서 오차가 줄어드는 것을 지켜보세요.</translation>
    </message>
    <message>
        <source>Stopped at step {step}: the one step asked for is done. Press Step (F10) again to watch the next update, or Train (F5) to make many.</source>
        <translation>스텝 {step}에서 멈췄습니다: 요청한 한 스텝을 마쳤습니다. 다음 업데이트를 보려면 한 스텝(F10)을 다시 누르고, 여러 스텝은 학습(F5)으로 진행하세요.</translation>
    </message>
    <message>
        <source>Stopped at step {step}: the {steps} steps asked for are done, but the loss did not fall over the last fifth of the run (it rose {percent}%).</source>
        <translation>스텝 {step}에서 멈췄습니다: 요청한 {steps}스텝을 마쳤지만 마지막 5분의 1 구간에서 오차가 줄지 않았습니다 ({percent}% 늘었습니다).</translation>
    </message>
    <message>
        <source>Stopped at step {step}: the {steps} steps asked for are done and the loss is still falling (it fell {percent}% over the last fifth of the run).</source>
        <translation>스텝 {step}에서 멈췄습니다: 요청한 {steps}스텝을 마쳤고 오차는 아직 줄어드는 중입니다 (마지막 5분의 1 구간에서 {percent}% 줄었습니다).</translation>
    </message>
    <message>
        <source>Stopped at step {step}: the {steps} steps asked for are done and the loss is still falling.</source>
        <translation>스텝 {step}에서 멈췄습니다: 요청한 {steps}스텝을 마쳤고 오차는 아직 줄어드는 중입니다.</translation>
    </message>
    <message>
        <source>Diverged at step {step}: the loss became infinite.</source>
        <translation>스텝 {step}에서 발산했습니다: 오차가 무한대가 되었습니다.</translation>
    </message>
    <message>
        <source>Diverged at step {step}: the loss grew from {first} to {loss}.</source>
        <translation>스텝 {step}에서 발산했습니다: 오차가 {first}에서 {loss}까지 커졌습니다.</translation>
    </message>
    <message>
        <source>The learning rate {lr} is too large: each step overshoots the lowest point and lands farther away.</source>
        <translation>학습률({lr})이 너무 큽니다: 스텝마다 가장 낮은 지점을 지나쳐 더 먼 곳에 떨어집니다.</translation>
    </message>
    <message>
        <source>The learning rate {lr} is too large for the scale of this data: each step overshoots the lowest point and lands farther away.</source>
        <translation>이 데이터의 크기에 비해 학습률({lr})이 너무 큽니다: 스텝마다 가장 낮은 지점을 지나쳐 더 먼 곳에 떨어집니다.</translation>
    </message>
    <message>
        <source>For the standardized columns, plain gradient descent is stable only below {stable}: try a learning rate under that, e.g. {suggested}.</source>
        <translation>표준화한 열에서는 기본 경사하강법이 학습률 {stable} 미만에서만 안정적입니다: 그보다 작은 학습률(예: {suggested})을 써 보세요.</translation>
    </message>
    <message>
        <source>For this data, plain gradient descent is stable only below {stable}: try a learning rate under that, e.g. {suggested}, or turn on standardization.</source>
        <translation>이 데이터에서는 기본 경사하강법이 학습률 {stable} 미만에서만 안정적입니다: 그보다 작은 학습률(예: {suggested})을 써 보거나 표준화를 켜 보세요.</translation>
    </message>
    <message>
        <source>Try a learning rate 10 times smaller.</source>
        <translation>학습률을 10배 작게 해 보세요.</translation>
    </message>
    <message>
        <source>Try a learning rate 10 times smaller, or turn on standardization.</source>
        <translation>학습률을 10배 작게 하거나 표준화를 켜 보세요.</translation>
    </message>
    <message>
        <source>The model is left at step {step}, its last finite state.</source>
        <translation>모델은 마지막으로 값이 유한했던 스텝 {step}의 상태로 남겨 두었습니다.</translation>
    </message>
    <message>
        <source>The model is left at step {step}, where the run stopped.</source>
        <translation>모델은 학습이 멈춘 스텝 {step}의 상태로 남겨 두었습니다.</translation>
    </message>
    <message>
        <source>Train more steps to see whether it settles, or try a smaller learning rate.</source>
        <translation>더 학습해서 안정되는지 보거나, 더 작은 학습률을 써 보세요.</translation>
    </message>
    <message>
        <source>Try a smaller learning rate: for the standardized columns it stays stable up to {upto}.</source>
        <translation>더 작은 학습률을 써 보세요: 표준화한 열에서는 {upto}까지 안정적입니다.</translation>
    </message>
    <message>
        <source>Try a smaller learning rate: it stays stable up to {upto} for this data.</source>
        <translation>더 작은 학습률을 써 보세요: 이 데이터에서는 {upto}까지 안정적입니다.</translation>
    </message>
    <message>
        <source>Train more steps, or raise the learning rate.</source>
        <translation>더 학습하거나 학습률을 높여 보세요.</translation>
    </message>
    <message>
        <source>Train more steps: the learning rate {lr} is already close to the largest stable one for the standardized columns ({stable}), so raising it would not help.</source>
        <translation>더 학습해 보세요: 학습률({lr})은 표준화한 열에서 안정적인 가장 큰 값({stable})에 이미 가까워서, 더 높여도 도움이 되지 않습니다.</translation>
    </message>
    <message>
        <source>Train more steps: the learning rate {lr} is already close to the largest stable one for this data ({stable}), so raising it would not help.</source>
        <translation>더 학습해 보세요: 학습률({lr})은 이 데이터에서 안정적인 가장 큰 값({stable})에 이미 가까워서, 더 높여도 도움이 되지 않습니다.</translation>
    </message>
    <message>
        <source>Train more steps, or raise the learning rate: for the standardized columns it stays stable up to {upto}.</source>
        <translation>더 학습하거나 학습률을 높여 보세요: 표준화한 열에서는 {upto}까지 안정적입니다.</translation>
    </message>
    <message>
        <source>Train more steps, or raise the learning rate: it stays stable up to {upto} for this data.</source>
        <translation>더 학습하거나 학습률을 높여 보세요: 이 데이터에서는 {upto}까지 안정적입니다.</translation>
    </message>
</context>
<context>
    <name>worksheet</name>
    <message>
        <source>Reach a loss below {loss} within {steps} steps (from the seeded start).</source>
        <translation>시드로 정한 시작점에서 {steps}스텝 안에 오차를 {loss} 아래로 내리세요.</translation>
    </message>
    <message>
        <source>Find a learning rate at which training diverges.</source>
        <translation>학습이 발산하는 학습률을 찾으세요.</translation>
    </message>
    <message>
        <source>Predict the target for {x} within ±{tolerance}: type your answer.</source>
        <translation>{x}일 때의 값을 ±{tolerance} 이내로 예측해 답을 입력하세요.</translation>
    </message>
    <message>
        <source>Predict the {target} for {feature} = {x} within ±{tolerance}: type your answer.</source>
        <translation>{feature} = {x}일 때 {target}을(를) ±{tolerance} 이내로 예측해 답을 입력하세요.</translation>
    </message>
    <message>
        <source>Set W and b by hand (drag or type my line, or click the loss landscape) to a loss below {loss}.</source>
        <translation>W와 b를 직접 골라(내 직선을 끌거나 입력하거나, 손실 지형을 클릭) 오차를 {loss} 아래로 만드세요.</translation>
    </message>
</context>
</TS>
