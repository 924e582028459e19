<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>AccessGuard</name>
    <message>
        <source>Could not check your access rights. Try again; if it keeps failing, ask an administrator to check the database.</source>
        <translation>Não foi possível verificar suas permissões. Tente de novo; se continuar falhando, peça a um administrador que verifique o banco de dados.</translation>
    </message>
    <message>
        <source>You are not allowed to do this: it needs the permission %1, which your access profile does not grant. Ask an administrator.</source>
        <translation>Você não tem permissão para fazer isto: é preciso a permissão %1, que o seu perfil de acesso não concede. Fale com um administrador.</translation>
    </message>
    <message>
        <source>You are not allowed to do this: it needs one of the permissions %1, which your access profile does not grant. Ask an administrator.</source>
        <translation>Você não tem permissão para fazer isto: é preciso uma das permissões %1, que o seu perfil de acesso não concede. Fale com um administrador.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
</context>
<context>
    <name>AccessProfileEditorDialog</name>
    <message>
        <source>Access profiles</source>
        <translation>Perfis de acesso</translation>
    </message>
    <message>
        <source>P&amp;rofiles:</source>
        <translation>P&amp;erfis:</translation>
    </message>
    <message>
        <source>&amp;New profile</source>
        <translation>&amp;Novo perfil</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>N&amp;ome:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descrição:</translation>
    </message>
    <message>
        <source>Permissions:</source>
        <translation>Permissões:</translation>
    </message>
</context>
<context>
    <name>AccessProfileService</name>
    <message>
        <source>Could not save the change. Try again; if it keeps failing, ask an administrator to check the database.</source>
        <translation>Não foi possível salvar a alteração. Tente de novo; se continuar falhando, peça a um administrador que verifique o banco de dados.</translation>
    </message>
    <message>
        <source>This access profile no longer exists. Refresh the list and try again.</source>
        <translation>Este perfil de acesso não existe mais. Atualize a lista e tente de novo.</translation>
    </message>
    <message numerus="yes">
        <source>The description must be a single line of at most %n characters.</source>
        <translation>
            <numerusform>A descrição deve ser uma única linha de no máximo %n caractere.</numerusform>
            <numerusform>A descrição deve ser uma única linha de no máximo %n caracteres.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The profile “%1” is still given to %n user(s). Give them another profile first.</source>
        <translation>
            <numerusform>O perfil “%1” ainda está atribuído a %n usuário. Dê outro perfil a ele antes.</numerusform>
            <numerusform>O perfil “%1” ainda está atribuído a %n usuários. Dê outro perfil a eles antes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter a name for the access profile.</source>
        <translation>Informe um nome para o perfil de acesso.</translation>
    </message>
    <message numerus="yes">
        <source>The profile name must be a single line of at most %n characters.</source>
        <translation>
            <numerusform>O nome do perfil deve ser uma única linha de no máximo %n caractere.</numerusform>
            <numerusform>O nome do perfil deve ser uma única linha de no máximo %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is already an access profile called “%1”. Choose another name.</source>
        <translation>Já existe um perfil de acesso chamado “%1”. Escolha outro nome.</translation>
    </message>
    <message>
        <source>“%1” is not a permission this program knows. Choose from the list.</source>
        <translation>“%1” não é uma permissão que este programa conhece. Escolha na lista.</translation>
    </message>
    <message>
        <source>At least one access profile must be able to administer both users and access profiles; otherwise nobody could repair access later. Keep those two permissions in this profile, or grant them to another one first.</source>
        <translation>Pelo menos um perfil de acesso deve poder administrar usuários e perfis; caso contrário, ninguém conseguiria corrigir os acessos depois. Mantenha essas duas permissões neste perfil ou conceda-as antes a outro.</translation>
    </message>
    <message>
        <source>No active user would be left able to administer users. Give another active user a profile with that permission first.</source>
        <translation>Nenhum usuário ativo ficaria com permissão para administrar usuários. Antes, dê a outro usuário ativo um perfil com essa permissão.</translation>
    </message>
</context>
<context>
    <name>AnalysisService</name>
    <message>
        <source>The estimated time must be between 0 and 90 days.</source>
        <translation>O tempo estimado deve ficar entre 0 e 90 dias.</translation>
    </message>
    <message>
        <source>The callback must be scheduled in the future.</source>
        <translation>O retorno ao cliente deve ser agendado para o futuro.</translation>
    </message>
    <message>
        <source>Could not save the analysis.</source>
        <translation>Não foi possível salvar a análise.</translation>
    </message>
    <message>
        <source>This analysis does not exist.</source>
        <translation>Esta análise não existe.</translation>
    </message>
    <message>
        <source>The workflow has no &quot;Análise de Supervisão&quot; status (code %1): overdue analyses cannot be escalated.</source>
        <translation>O fluxo não tem a situação &quot;Análise de Supervisão&quot; (código %1): análises vencidas não podem ser encaminhadas.</translation>
    </message>
    <message>
        <source>The database analysis passed its %1-hour limit: the ticket went to %2.</source>
        <translation>A análise do banco passou do limite de %1 horas: o atendimento foi para %2.</translation>
    </message>
    <message>
        <source>Ticket %1 (%2): the database analysis passed its limit and is waiting for supervisor analysis.</source>
        <translation>Atendimento %1 (%2): a análise do banco passou do limite e aguarda a Análise de Supervisão.</translation>
    </message>
    <message>
        <source>Could not escalate the overdue analysis.</source>
        <translation>Não foi possível encaminhar a análise vencida.</translation>
    </message>
</context>
<context>
    <name>AttachmentService</name>
    <message>
        <source>attachment</source>
        <translation>anexo</translation>
    </message>
    <message>
        <source>Could not save the attachment. Nothing was changed; try again.</source>
        <translation>Não foi possível salvar o anexo. Nada foi alterado; tente de novo.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is empty.</source>
        <translation>O arquivo &quot;%1&quot; está vazio.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; has %2; attachments can have at most %3. Reduce it (a smaller screenshot, a shorter recording) or send it another way.</source>
        <translation>O arquivo &quot;%1&quot; tem %2; os anexos podem ter no máximo %3. Reduza-o (um print menor, uma gravação mais curta) ou envie de outra forma.</translation>
    </message>
    <message>
        <source>This attachment does not exist any more.</source>
        <translation>Este anexo não existe mais.</translation>
    </message>
</context>
<context>
    <name>AttendanceForm</name>
    <message>
        <source>The form definition is not a JSON list of fields.</source>
        <translation>A definição do formulário não é uma lista JSON de campos.</translation>
    </message>
    <message>
        <source>A form has at most %1 fields.</source>
        <translation>Um formulário tem no máximo %1 campos.</translation>
    </message>
    <message>
        <source>The field key &quot;%1&quot; must start with a letter and use only lower-case letters, digits and _.</source>
        <translation>A chave do campo &quot;%1&quot; deve começar com uma letra e usar só letras minúsculas, dígitos e _.</translation>
    </message>
    <message>
        <source>The field key &quot;%1&quot; is used twice.</source>
        <translation>A chave de campo &quot;%1&quot; aparece duas vezes.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; needs a label.</source>
        <translation>O campo &quot;%1&quot; precisa de um rótulo.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; has an unknown kind &quot;%2&quot;.</source>
        <translation>O campo &quot;%1&quot; tem um tipo desconhecido &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Fill in: %1.</source>
        <translation>Preencha: %1.</translation>
    </message>
    <message>
        <source>Check: %1.</source>
        <translation>Confira: %1.</translation>
    </message>
</context>
<context>
    <name>AttendanceTypeService</name>
    <message>
        <source>The attendance types could not be read or saved. Try again.</source>
        <translation>Não foi possível ler ou gravar os tipos de atendimento. Tente de novo.</translation>
    </message>
    <message>
        <source>This attendance type no longer exists.</source>
        <translation>Este tipo de atendimento não existe mais.</translation>
    </message>
    <message>
        <source>The code must start with a letter and use only lower-case letters, digits and _.</source>
        <translation>O código deve começar com uma letra e usar só letras minúsculas, dígitos e _.</translation>
    </message>
    <message>
        <source>Give the attendance type a name.</source>
        <translation>Dê um nome ao tipo de atendimento.</translation>
    </message>
    <message>
        <source>Choose the set and what the call starts from the lists.</source>
        <translation>Escolha nas listas o conjunto e o que o atendimento inicia.</translation>
    </message>
    <message>
        <source>There is already an attendance type with the code &quot;%1&quot;.</source>
        <translation>Já existe um tipo de atendimento com o código &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The attendance type could not be saved. Try again.</source>
        <translation>Não foi possível gravar o tipo de atendimento. Tente de novo.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is only for a customer with an active rental contract: identify the customer first.</source>
        <translation>&quot;%1&quot; é só para cliente com contrato de locação ativo: identifique o cliente antes.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is only for a customer with an active rental contract, and this customer has none. Offer &quot;Informação sobre imóvel&quot; or &quot;Captação&quot; instead.</source>
        <translation>&quot;%1&quot; é só para cliente com contrato de locação ativo, e este cliente não tem nenhum. Ofereça &quot;Informação sobre imóvel&quot; ou &quot;Captação&quot;.</translation>
    </message>
</context>
<context>
    <name>AttendanceTypesDialog</name>
    <message>
        <source>Attendance types</source>
        <translation>Tipos de atendimento</translation>
    </message>
    <message>
        <source>&amp;Filter by set:</source>
        <translation>&amp;Filtrar por conjunto:</translation>
    </message>
    <message>
        <source>&amp;New type</source>
        <translation>&amp;Novo tipo</translation>
    </message>
    <message>
        <source>Attendance type</source>
        <translation>Tipo de atendimento</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>No&amp;me:</translation>
    </message>
    <message>
        <source>Cod&amp;e:</source>
        <translation>Códi&amp;go:</translation>
    </message>
    <message>
        <source>Se&amp;t:</source>
        <translation>Con&amp;junto:</translation>
    </message>
    <message>
        <source>Concludin&amp;g it starts:</source>
        <translation>Ao conc&amp;luir, inicia:</translation>
    </message>
    <message>
        <source>&amp;Order:</source>
        <translation>Or&amp;dem:</translation>
    </message>
    <message>
        <source>Only for a customer with an active &amp;contract</source>
        <translation>Somente para cliente com &amp;contrato ativo</translation>
    </message>
    <message>
        <source>Acti&amp;ve</source>
        <translation>A&amp;tivo</translation>
    </message>
    <message>
        <source>Form fields</source>
        <translation>Campos do formulário</translation>
    </message>
    <message>
        <source>&amp;Add field</source>
        <translation>&amp;Adicionar campo</translation>
    </message>
    <message>
        <source>&amp;Remove field</source>
        <translation>R&amp;emover campo</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Mover para c&amp;ima</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Mover para bai&amp;xo</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Rótulo:</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>C&amp;have:</translation>
    </message>
    <message>
        <source>Kin&amp;d:</source>
        <translation>Ti&amp;po:</translation>
    </message>
    <message>
        <source>Re&amp;quired</source>
        <translation>O&amp;brigatório</translation>
    </message>
    <message>
        <source>Hel&amp;p:</source>
        <translation>Aj&amp;uda:</translation>
    </message>
    <message>
        <source>Opt&amp;ions (one per line):</source>
        <translation>&amp;Opções (uma por linha):</translation>
    </message>
    <message>
        <source>Preview: the form as the agent sees it</source>
        <translation>Prévia: o formulário como o agente o verá</translation>
    </message>
    <message>
        <source>C&amp;heck answers</source>
        <translation>&amp;Verificar respostas</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salvar</translation>
    </message>
</context>
<context>
    <name>AuditHistoryDialog</name>
    <message>
        <source>History</source>
        <translation>Histórico</translation>
    </message>
    <message>
        <source>&amp;Record:</source>
        <translation>&amp;Registro:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Usuário:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;De:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Até:</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>Te&amp;xto:</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Buscar</translation>
    </message>
</context>
<context>
    <name>AuditHistoryQuery</name>
    <message>
        <source>The history could not be read from the database.</source>
        <translation>Não foi possível ler o histórico do banco de dados.</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>Could not record the change history.</source>
        <translation>Não foi possível registrar o histórico da alteração.</translation>
    </message>
</context>
<context>
    <name>BackupCommand</name>
    <message>
        <source>Write a complete copy of the database to OUT.</source>
        <translation>Grava uma cópia completa do banco de dados em OUT.</translation>
    </message>
    <message>
        <source>Writes a consistent copy of the database to the file OUT through SQLite&apos;s online backup API; Atende may stay open meanwhile. An earlier backup at OUT is replaced; any other file there is refused. The database itself is only read.</source>
        <translation>Grava uma cópia consistente do banco de dados no arquivo OUT pela API de backup on-line do SQLite; o Atende pode continuar aberto enquanto isso. Uma cópia anterior em OUT é substituída; qualquer outro arquivo ali é recusado. O banco de dados em si é apenas lido.</translation>
    </message>
    <message>
        <source>Say where to write the backup.</source>
        <translation>Informe onde gravar a cópia de segurança.</translation>
    </message>
    <message>
        <source>&quot;backup&quot; takes one file name.</source>
        <translation>&quot;backup&quot; recebe um nome de arquivo.</translation>
    </message>
    <message>
        <source>%1 is a folder. Give the name of the backup file to write in it.</source>
        <translation>%1 é uma pasta. Informe o nome do arquivo de cópia a gravar dentro dela.</translation>
    </message>
    <message>
        <source>%1 exists and is not an Atende backup. It was not replaced; choose another file name.</source>
        <translation>%1 já existe e não é uma cópia do Atende. Ele não foi substituído; escolha outro nome de arquivo.</translation>
    </message>
    <message>
        <source>Backup of %1 written to %2 (%3, schema %4).</source>
        <translation>Cópia de %1 gravada em %2 (%3, esquema %4).</translation>
    </message>
    <message>
        <source>atendectl backs up database files only. Back up a PostgreSQL server with its own tools (pg_dump; admin guide).</source>
        <translation>O atendectl faz cópia de segurança apenas de arquivos de banco de dados. Faça a cópia de um servidor PostgreSQL com as ferramentas dele (pg_dump; guia do administrador).</translation>
    </message>
</context>
<context>
    <name>CallConclusion</name>
    <message>
        <source>The call could not be saved. Nothing was changed; try again.</source>
        <translation>Não foi possível salvar a ligação. Nada foi alterado; tente novamente.</translation>
    </message>
    <message>
        <source>Your profile does not allow taking calls.</source>
        <translation>Seu perfil não permite atender ligações.</translation>
    </message>
    <message>
        <source>The call has no protocol yet: start it at the greeting.</source>
        <translation>A ligação ainda não tem protocolo: comece pela saudação.</translation>
    </message>
    <message numerus="yes">
        <source>This call has lasted more than %n minute(s): it must be registered as a ticket. Choose the attendance type and fill in its form.</source>
        <translation>
            <numerusform>Esta ligação já passou de %n minuto(s): é preciso registrar um atendimento. Escolha o tipo de atendimento e preencha o formulário.</numerusform>
            <numerusform>Esta ligação já passou de %n minuto(s): é preciso registrar um atendimento. Escolha o tipo de atendimento e preencha o formulário.</numerusform>
        </translation>
    </message>
    <message>
        <source>Write what the customer asked and what was answered before concluding.</source>
        <translation>Escreva o que o cliente perguntou e o que foi respondido antes de concluir.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs the customer: identify or register the customer first.</source>
        <translation>&quot;%1&quot; precisa do cliente: identifique ou cadastre o cliente primeiro.</translation>
    </message>
    <message>
        <source>Phone call, protocol %1: %2.</source>
        <translation>Ligação telefônica, protocolo %1: %2.</translation>
    </message>
    <message>
        <source>Phone call, protocol %1: %2</source>
        <translation>Ligação telefônica, protocolo %1: %2</translation>
    </message>
    <message>
        <source>There is no property with code %1: check the number with the customer.</source>
        <translation>Não existe imóvel com o código %1: confira o número com o cliente.</translation>
    </message>
</context>
<context>
    <name>CallDraftStore</name>
    <message>
        <source>The call draft could not be saved or read. What is on screen is kept; Atende tries again at the next change.</source>
        <translation>Não foi possível gravar ou ler o rascunho do atendimento. O que está na tela continua; o Atende tenta de novo na próxima alteração.</translation>
    </message>
    <message>
        <source>The call draft is too large to be saved.</source>
        <translation>O rascunho do atendimento é grande demais para ser gravado.</translation>
    </message>
</context>
<context>
    <name>CallGreeting</name>
    <message>
        <source>Good morning</source>
        <translation>Bom dia</translation>
    </message>
    <message>
        <source>Good afternoon</source>
        <translation>Boa tarde</translation>
    </message>
    <message>
        <source>Good evening</source>
        <translation>Boa noite</translation>
    </message>
    <message>
        <source>%1! %2, %3 speaking, thank you for calling. How can I help you?</source>
        <translation>%1! %2, %3 falando, obrigado por ligar. Em que posso ajudar?</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>Alterar senha</translation>
    </message>
    <message>
        <source>Type your current password, then the new one twice.</source>
        <translation>Digite sua senha atual e depois a nova senha duas vezes.</translation>
    </message>
    <message>
        <source>C&amp;urrent password:</source>
        <translation>Senha a&amp;tual:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Nova senha:</translation>
    </message>
    <message>
        <source>&amp;Confirm new password:</source>
        <translation>&amp;Confirme a nova senha:</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>Check the database for damage, broken references and an old schema.</source>
        <translation>Verifica se o banco de dados tem danos, referências quebradas ou esquema desatualizado.</translation>
    </message>
    <message>
        <source>Runs SQLite&apos;s quick_check (integrity_check with --full), looks for rows that point to records that do not exist, and compares the schema version with the one this program uses. The database is only read. Exits with 0 only when everything is fine.</source>
        <translation>Executa o quick_check do SQLite (integrity_check com --full), procura registros que apontam para dados inexistentes e compara a versão do esquema com a que este programa usa. O banco de dados é apenas lido. Termina com 0 somente quando está tudo certo.</translation>
    </message>
    <message>
        <source>Run integrity_check, which also verifies every index (slower on big files).</source>
        <translation>Executa o integrity_check, que também verifica todos os índices (mais lento em arquivos grandes).</translation>
    </message>
    <message>
        <source>&quot;check&quot; takes no arguments.</source>
        <translation>&quot;check&quot; não recebe argumentos.</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Banco de dados: %1</translation>
    </message>
    <message>
        <source>Integrity (%1): %2</source>
        <translation>Integridade (%1): %2</translation>
    </message>
    <message>
        <source>Broken references: %1</source>
        <translation>Referências quebradas: %1</translation>
    </message>
    <message>
        <source>Schema: %1 (this program: %2)</source>
        <translation>Esquema: %1 (este programa: %2)</translation>
    </message>
    <message>
        <source>The database is healthy.</source>
        <translation>O banco de dados está íntegro.</translation>
    </message>
    <message>
        <source>The database is not healthy:</source>
        <translation>O banco de dados tem problemas:</translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>Usage: atendectl [--db PATH] [--json] %1</source>
        <translation>Uso: atendectl [--db CAMINHO] [--json] %1</translation>
    </message>
    <message>
        <source>Run &quot;atendectl help&quot; to see every command.</source>
        <translation>Execute &quot;atendectl help&quot; para ver todos os comandos.</translation>
    </message>
</context>
<context>
    <name>CliLogin</name>
    <message>
        <source>Act as LOGIN (default: ATENDE_USER); the password is read from ATENDE_PASSWORD.</source>
        <translation>Agir como LOGIN (padrão: ATENDE_USER); a senha é lida de ATENDE_PASSWORD.</translation>
    </message>
    <message>
        <source>LOGIN</source>
        <translation>LOGIN</translation>
    </message>
    <message>
        <source>Say who is acting: --user LOGIN (or ATENDE_USER), with the password in ATENDE_PASSWORD.</source>
        <translation>Diga quem está agindo: --user LOGIN (ou ATENDE_USER), com a senha em ATENDE_PASSWORD.</translation>
    </message>
    <message>
        <source>Put the password of %1 in the environment variable ATENDE_PASSWORD; it is never read from the command line.</source>
        <translation>Coloque a senha de %1 na variável de ambiente ATENDE_PASSWORD; ela nunca é lida da linha de comando.</translation>
    </message>
</context>
<context>
    <name>CliRunner</name>
    <message>
        <source>Database file to use (default: $ATENDE_DB, otherwise the file the Atende app uses).</source>
        <translation>Arquivo de banco de dados a usar (padrão: $ATENDE_DB; senão, o arquivo que o aplicativo Atende usa).</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>CAMINHO</translation>
    </message>
    <message>
        <source>Print one JSON document on standard output.</source>
        <translation>Imprime um documento JSON na saída padrão.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Mostra esta ajuda.</translation>
    </message>
    <message>
        <source>Show the program version.</source>
        <translation>Mostra a versão do programa.</translation>
    </message>
    <message>
        <source>--db needs the path of a database file.</source>
        <translation>--db precisa do caminho de um arquivo de banco de dados.</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Nenhum comando informado.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Comando desconhecido &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>ConfigCommand</name>
    <message>
        <source>Say &quot;get&quot; or &quot;set&quot; and a key.</source>
        <translation>Informe &quot;get&quot; ou &quot;set&quot; e uma chave.</translation>
    </message>
    <message>
        <source>&quot;config set&quot; takes a key and a value.</source>
        <translation>&quot;config set&quot; recebe uma chave e um valor.</translation>
    </message>
    <message>
        <source>&quot;config get&quot; takes a key.</source>
        <translation>&quot;config get&quot; recebe uma chave.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a setting atendectl knows. Keys: %2</source>
        <translation>&quot;%1&quot; não é uma configuração que o atendectl conhece. Chaves: %2</translation>
    </message>
    <message>
        <source>The password is never shown; it can only be set.</source>
        <translation>A senha nunca é mostrada; ela só pode ser definida.</translation>
    </message>
    <message>
        <source>The e-mail password is stored in the system keyring.</source>
        <translation>A senha do e-mail foi guardada no chaveiro do sistema.</translation>
    </message>
    <message>
        <source>Read or change this workstation&apos;s database and the e-mail settings and templates.</source>
        <translation>Lê ou altera o banco de dados desta estação e as configurações e modelos de e-mail.</translation>
    </message>
    <message>
        <source>Set database.url to a postgresql:// address first.</source>
        <translation>Defina antes database.url com um endereço postgresql://.</translation>
    </message>
    <message>
        <source>The database password is stored in the system keyring.</source>
        <translation>A senha do banco de dados foi guardada no chaveiro do sistema.</translation>
    </message>
    <message>
        <source>Keep the password out of the address (the settings file is not secret): set it with &quot;config set database.password&quot;.</source>
        <translation>Não coloque a senha no endereço (o arquivo de configurações não é secreto): defina-a com &quot;config set database.password&quot;.</translation>
    </message>
    <message>
        <source>Keys: %1, %2 (set only: read from standard input into the system keyring), and mail.template.&lt;protocol|reply|copy&gt;.&lt;subject|body&gt;. Values are checked before they are saved. This workstation&apos;s own keys: %3 (the database it opens: a file, or postgresql://user@server/database for a team; tried before it is kept) and %4 (set only, from standard input into the keyring).</source>
        <translation>Chaves: %1, %2 (só definir: lida da entrada padrão para o chaveiro do sistema) e mail.template.&lt;protocol|reply|copy&gt;.&lt;subject|body&gt;. Os valores são conferidos antes de salvos. Chaves desta estação: %3 (o banco de dados que ela abre: um arquivo, ou postgresql://usuario@servidor/banco para uma equipe; testado antes de guardado) e %4 (só definir, da entrada padrão para o chaveiro).</translation>
    </message>
</context>
<context>
    <name>ConflictMergeDialog</name>
    <message>
        <source>Changed by another user: merge</source>
        <translation>Alterado por outro usuário: mesclar</translation>
    </message>
</context>
<context>
    <name>CustomerAnonymizeDialog</name>
    <message>
        <source>Anonymise customer</source>
        <translation>Anonimizar cliente</translation>
    </message>
    <message>
        <source>At the customer&apos;s request (LGPD), the name, CPF/CNPJ, code, address, notes, e-mails, phones and contacts are replaced, and every former value is erased from the tickets, interactions, history and search index. Tickets and figures stay. This cannot be undone. Attachments are not opened: check them yourself.</source>
        <translation>A pedido do cliente (LGPD), nome, CPF/CNPJ, código, endereço, observações, e-mails, telefones e contatos do cliente são substituídos, e todo valor anterior é apagado dos atendimentos, interações, histórico e índice de busca. Os atendimentos e os números permanecem. Não é possível desfazer. Os anexos não são abertos: verifique-os você mesmo.</translation>
    </message>
    <message>
        <source>Also &amp;rebuild the database file (clears space freed earlier; slower)</source>
        <translation>Também &amp;reconstruir o arquivo do banco de dados (limpa o espaço liberado antes; mais lento)</translation>
    </message>
</context>
<context>
    <name>CustomerAnonymizer</name>
    <message>
        <source>This customer no longer exists. Search for it again.</source>
        <translation>Este cliente não existe mais. Busque-o novamente.</translation>
    </message>
    <message>
        <source>This customer has already been anonymised.</source>
        <translation>Este cliente já foi anonimizado.</translation>
    </message>
    <message>
        <source>[removed]</source>
        <translation>[removido]</translation>
    </message>
    <message>
        <source>Anonymized customer %1</source>
        <translation>Cliente anonimizado %1</translation>
    </message>
    <message>
        <source>Contact %1</source>
        <translation>Contato %1</translation>
    </message>
</context>
<context>
    <name>CustomerCardLoader</name>
    <message>
        <source>Partner #%1</source>
        <translation>Parceiro nº %1</translation>
    </message>
    <message numerus="yes">
        <source>Blocked: licence %n day(s) overdue (blocks at %1).</source>
        <translation>
            <numerusform>Bloqueado: licença com %n dia(s) de atraso (bloqueia com %1).</numerusform>
            <numerusform>Bloqueado: licença com %n dia(s) de atraso (bloqueia com %1).</numerusform>
        </translation>
    </message>
    <message>
        <source>In debt.</source>
        <translation>Inadimplente.</translation>
    </message>
    <message numerus="yes">
        <source>Licence %n day(s) overdue.</source>
        <translation>
            <numerusform>Licença com %n dia(s) de atraso.</numerusform>
            <numerusform>Licença com %n dia(s) de atraso.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomerCardWidget</name>
    <message>
        <source>No customer selected.</source>
        <translation>Nenhum cliente selecionado.</translation>
    </message>
    <message>
        <source>Access notes - read before asking anything</source>
        <translation>Observações de acesso - leia antes de perguntar qualquer coisa</translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation>Plano:</translation>
    </message>
    <message>
        <source>Portal (SAC):</source>
        <translation>Portal (SAC):</translation>
    </message>
    <message>
        <source>Phones and e-mails:</source>
        <translation>Telefones e e-mails:</translation>
    </message>
    <message>
        <source>Contacts:</source>
        <translation>Contatos:</translation>
    </message>
    <message>
        <source>Last tickets (every sector and status):</source>
        <translation>Últimos atendimentos (todos os setores e situações):</translation>
    </message>
</context>
<context>
    <name>CustomerCommand</name>
    <message>
        <source>Find, show, add, import and export customers (acting as --user).</source>
        <translation>Procurar, mostrar, cadastrar, importar e exportar clientes (agindo como --user).</translation>
    </message>
    <message>
        <source>find TEXT: customers by CPF/CNPJ (with or without mask), e-mail, phone with DDD, code or the start of the name (accents and case ignored). show ID|CPF|CNPJ|CODE: one customer with contacts and last tickets. add: a new customer (--name, --document, --kind PF|PJ, --code, --email, --phone, --plan, --notes); a probable duplicate is refused unless --allow-duplicate. import FILE.csv: customers from a CSV file (--dry-run checks without writing). export ID --out FILE.json: everything held about one customer (LGPD access request). Runs as the user given by --user or ATENDE_USER, with the password in ATENDE_PASSWORD; without the personal data permission documents, e-mails and phones are masked.</source>
        <translation>find TEXTO: clientes por CPF/CNPJ (com ou sem máscara), e-mail, telefone com DDD, código ou início do nome (sem diferença de acentos e maiúsculas). show ID|CPF|CNPJ|CÓDIGO: um cliente com contatos e últimos atendimentos. add: um cliente novo (--name, --document, --kind PF|PJ, --code, --email, --phone, --plan, --notes); um provável duplicado é recusado, a não ser com --allow-duplicate. import ARQUIVO.csv: clientes de um arquivo CSV (--dry-run confere sem gravar). export ID --out ARQUIVO.json: tudo o que se guarda sobre um cliente (pedido de acesso da LGPD). Roda como o usuário dado por --user ou ATENDE_USER, com a senha em ATENDE_PASSWORD; sem a permissão de ver dados pessoais, documentos, e-mails e telefones aparecem mascarados.</translation>
    </message>
    <message>
        <source>Customer name (add).</source>
        <translation>Nome do cliente (add).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOME</translation>
    </message>
    <message>
        <source>CPF or CNPJ (add).</source>
        <translation>CPF ou CNPJ (add).</translation>
    </message>
    <message>
        <source>DOCUMENT</source>
        <translation>DOCUMENTO</translation>
    </message>
    <message>
        <source>PF or PJ (add; default: from the document).</source>
        <translation>PF ou PJ (add; padrão: pelo documento).</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>TIPO</translation>
    </message>
    <message>
        <source>Customer code (add).</source>
        <translation>Código do cliente (add).</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CÓDIGO</translation>
    </message>
    <message>
        <source>E-mail address (add; may repeat).</source>
        <translation>Endereço de e-mail (add; pode repetir).</translation>
    </message>
    <message>
        <source>EMAIL</source>
        <translation>EMAIL</translation>
    </message>
    <message>
        <source>Phone with DDD (add; may repeat).</source>
        <translation>Telefone com DDD (add; pode repetir).</translation>
    </message>
    <message>
        <source>PHONE</source>
        <translation>TELEFONE</translation>
    </message>
    <message>
        <source>Plan (add).</source>
        <translation>Plano (add).</translation>
    </message>
    <message>
        <source>PLAN</source>
        <translation>PLANO</translation>
    </message>
    <message>
        <source>Access notes (add).</source>
        <translation>Observações de acesso (add).</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXTO</translation>
    </message>
    <message>
        <source>Add even when a customer with the same name and phone or e-mail exists.</source>
        <translation>Cadastrar mesmo que exista cliente com o mesmo nome e telefone ou e-mail.</translation>
    </message>
    <message>
        <source>Check the CSV file without writing (import).</source>
        <translation>Conferir o arquivo CSV sem gravar (import).</translation>
    </message>
    <message>
        <source>File to write (export).</source>
        <translation>Arquivo a gravar (export).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARQUIVO</translation>
    </message>
    <message>
        <source>At most N results (find; default 50).</source>
        <translation>No máximo N resultados (find; padrão 50).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Say what to do: find, show, add, import or export.</source>
        <translation>Diga o que fazer: find, show, add, import ou export.</translation>
    </message>
    <message>
        <source>Unknown action &quot;%1&quot; for &quot;customer&quot;.</source>
        <translation>Ação desconhecida &quot;%1&quot; para &quot;customer&quot;.</translation>
    </message>
    <message>
        <source>&quot;customer %1&quot; takes one argument.</source>
        <translation>&quot;customer %1&quot; recebe um argumento.</translation>
    </message>
    <message>
        <source>&quot;customer add&quot; takes options only, e.g. --name and --document.</source>
        <translation>&quot;customer add&quot; recebe só opções, por exemplo --name e --document.</translation>
    </message>
    <message>
        <source>No customer found for &quot;%1&quot;.</source>
        <translation>Nenhum cliente encontrado para &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Access notes: %1</source>
        <translation>Observações de acesso: %1</translation>
    </message>
    <message>
        <source>CPF/CNPJ: %1</source>
        <translation>CPF/CNPJ: %1</translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation>Código: %1</translation>
    </message>
    <message>
        <source>Plan: %1</source>
        <translation>Plano: %1</translation>
    </message>
    <message>
        <source>E-mail: %1</source>
        <translation>E-mail: %1</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>Telefone: %1</translation>
    </message>
    <message>
        <source>In debt: %1</source>
        <translation>Inadimplente: %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sim</translation>
    </message>
    <message numerus="yes">
        <source>Licence blocked: %n day(s) overdue</source>
        <translation>
            <numerusform>Licença bloqueada: %n dia em atraso</numerusform>
            <numerusform>Licença bloqueada: %n dias em atraso</numerusform>
        </translation>
    </message>
    <message>
        <source>Portal access: %1</source>
        <translation>Acesso ao portal: %1</translation>
    </message>
    <message>
        <source>no</source>
        <translation>não</translation>
    </message>
    <message>
        <source>Contact: %1 (%2) %3 %4</source>
        <translation>Contato: %1 (%2) %3 %4</translation>
    </message>
    <message>
        <source>--kind is PF or PJ.</source>
        <translation>--kind é PF ou PJ.</translation>
    </message>
    <message>
        <source>Customer %1 added (id %2).</source>
        <translation>Cliente %1 cadastrado (id %2).</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Linha %1: %2</translation>
    </message>
    <message>
        <source>Columns ignored: %1</source>
        <translation>Colunas ignoradas: %1</translation>
    </message>
    <message>
        <source>Stopped at line %1: %2</source>
        <translation>Parou na linha %1: %2</translation>
    </message>
    <message>
        <source>Dry run: %1 of %2 row(s) would be imported, %3 refused.</source>
        <translation>Simulação: %1 de %2 linha(s) seriam importadas, %3 recusadas.</translation>
    </message>
    <message>
        <source>%1 of %2 row(s) imported, %3 refused.</source>
        <translation>%1 de %2 linha(s) importadas, %3 recusadas.</translation>
    </message>
    <message>
        <source>Say where to write the data: --out FILE.json.</source>
        <translation>Diga onde gravar os dados: --out ARQUIVO.json.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Não foi possível gravar %1: %2</translation>
    </message>
    <message>
        <source>Data of customer %1 written to %2.</source>
        <translation>Dados do cliente %1 gravados em %2.</translation>
    </message>
</context>
<context>
    <name>CustomerConflictMerge</name>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>CPF/CNPJ</source>
        <translation>CPF/CNPJ</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Telefones</translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation>E-mails</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plano</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Parceiro</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Observações</translation>
    </message>
    <message>
        <source>In debt</source>
        <translation>Em débito</translation>
    </message>
    <message>
        <source>Debt note</source>
        <translation>Observação do débito</translation>
    </message>
    <message>
        <source>Licence days overdue</source>
        <translation>Dias de licença em atraso</translation>
    </message>
    <message>
        <source>Portal access</source>
        <translation>Acesso ao portal</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Endereço</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Cidade</translation>
    </message>
    <message>
        <source>State</source>
        <translation>UF</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contatos</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nenhum)</translation>
    </message>
    <message>
        <source>Company (CNPJ)</source>
        <translation>Empresa (CNPJ)</translation>
    </message>
    <message>
        <source>Individual (CPF)</source>
        <translation>Pessoa física (CPF)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sim</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Não</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vazio)</translation>
    </message>
</context>
<context>
    <name>CustomerCsvExporter</name>
    <message>
        <source>Could not write the export file. Check that the disk has free space and that you may write to that folder.</source>
        <translation>Não foi possível gravar o arquivo exportado. Verifique se há espaço livre no disco e se você tem permissão de gravação nessa pasta.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Type (PF/PJ)</source>
        <translation>Tipo (PF/PJ)</translation>
    </message>
    <message>
        <source>CPF/CNPJ</source>
        <translation>CPF/CNPJ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation>E-mails</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Telefones</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plano</translation>
    </message>
    <message>
        <source>Access notes</source>
        <translation>Observações de acesso</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Endereço</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Cidade</translation>
    </message>
    <message>
        <source>State</source>
        <translation>UF</translation>
    </message>
    <message>
        <source>In debt</source>
        <translation>Pendência financeira</translation>
    </message>
    <message>
        <source>Finance note</source>
        <translation>Observação financeira</translation>
    </message>
    <message>
        <source>License days overdue</source>
        <translation>Dias de atraso da licença</translation>
    </message>
    <message>
        <source>Portal access</source>
        <translation>Acesso ao portal</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sim</translation>
    </message>
    <message>
        <source>no</source>
        <translation>não</translation>
    </message>
    <message>
        <source>Could not create the file %1. Check that the folder exists and that you may write there.</source>
        <translation>Não foi possível criar o arquivo %1. Verifique se a pasta existe e se você tem permissão de gravação nela.</translation>
    </message>
</context>
<context>
    <name>CustomerCsvImportDialog</name>
    <message>
        <source>Import customers</source>
        <translation>Importar clientes</translation>
    </message>
    <message>
        <source>A CSV file in UTF-8 with a header line (Nome, CPF/CNPJ, E-mail, Telefone, ...), fields separated by ; or ,. Check it first: nothing is saved, and every line that would be refused is listed with the reason. Then import.</source>
        <translation>Um arquivo CSV em UTF-8 com uma linha de cabeçalho (Nome, CPF/CNPJ, E-mail, Telefone, ...), campos separados por ; ou ,. Verifique primeiro: nada é salvo, e cada linha que seria recusada aparece com o motivo. Depois importe.</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Arquivo:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Procurar…</translation>
    </message>
    <message>
        <source>&amp;Also import lines that look like an existing customer (same name and phone, or e-mail)</source>
        <translation>Importar &amp;também linhas parecidas com um cliente existente (mesmo nome e telefone, ou e-mail)</translation>
    </message>
    <message>
        <source>&amp;Check file (saves nothing)</source>
        <translation>&amp;Verificar arquivo (não salva nada)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
</context>
<context>
    <name>CustomerCsvImporter</name>
    <message>
        <source>Could not open the file %1. Check the name and that you may read it.</source>
        <translation>Não foi possível abrir o arquivo %1. Confira o nome e se você tem permissão de leitura.</translation>
    </message>
    <message>
        <source>The file is not a text file (line %1 has a NUL byte). Nothing was imported. Export the spreadsheet as CSV and try again.</source>
        <translation>O arquivo não é um arquivo de texto (a linha %1 tem um byte NUL). Nada foi importado. Exporte a planilha como CSV e tente de novo.</translation>
    </message>
    <message>
        <source>The file is not in UTF-8: line %1 has characters in another encoding (probably Latin-1 / Windows-1252, as older versions of Excel save). Nothing was imported. Save the file as &quot;CSV UTF-8&quot; and import it again.</source>
        <translation>O arquivo não está em UTF-8: a linha %1 tem caracteres em outra codificação (provavelmente Latin-1 / Windows-1252, como salvam versões antigas do Excel). Nada foi importado. Salve o arquivo como &quot;CSV UTF-8&quot; e importe de novo.</translation>
    </message>
    <message>
        <source>The file is not valid UTF-8 (line %1). Nothing was imported. Save the file as &quot;CSV UTF-8&quot; and import it again.</source>
        <translation>O arquivo não é UTF-8 válido (linha %1). Nada foi importado. Salve o arquivo como &quot;CSV UTF-8&quot; e importe de novo.</translation>
    </message>
    <message>
        <source>Could not read the file again after checking it.</source>
        <translation>Não foi possível ler o arquivo de novo depois de verificá-lo.</translation>
    </message>
    <message>
        <source>The file is empty. It needs a header line (for example: nome;cpf;email;telefone) and one line per customer.</source>
        <translation>O arquivo está vazio. Ele precisa de uma linha de cabeçalho (por exemplo: nome;cpf;email;telefone) e uma linha por cliente.</translation>
    </message>
    <message>
        <source>The header line of the file could not be read (it is too long or its quotes are not closed). Nothing was imported.</source>
        <translation>A linha de cabeçalho do arquivo não pôde ser lida (é longa demais ou tem aspas não fechadas). Nada foi importado.</translation>
    </message>
    <message>
        <source>The columns &quot;%1&quot; and &quot;%2&quot; of the header mean the same thing. Remove or rename one of them. Nothing was imported.</source>
        <translation>As colunas &quot;%1&quot; e &quot;%2&quot; do cabeçalho significam a mesma coisa. Remova ou renomeie uma delas. Nada foi importado.</translation>
    </message>
    <message>
        <source>name (nome)</source>
        <translation>nome</translation>
    </message>
    <message>
        <source>CPF/CNPJ (documento)</source>
        <translation>CPF/CNPJ (documento)</translation>
    </message>
    <message>
        <source>The header line has no column for: %1. The first line must name the columns, for example: nome;cpf;email;telefone. Nothing was imported.</source>
        <translation>A linha de cabeçalho não tem coluna para: %1. A primeira linha deve dar nome às colunas, por exemplo: nome;cpf;email;telefone. Nada foi importado.</translation>
    </message>
    <message>
        <source>The row is longer than the limit (%1 KB per row, %2 KB per field) and was skipped without being read.</source>
        <translation>A linha passa do limite (%1 KB por linha, %2 KB por campo) e foi ignorada sem ser lida.</translation>
    </message>
    <message>
        <source>The row has text right after a closing quote. Put the whole field between quotes and write a quote inside it as two quotes (&quot;&quot;).</source>
        <translation>A linha tem texto logo depois de uma aspa de fechamento. Coloque o campo inteiro entre aspas e escreva uma aspa dentro dele como duas aspas (&quot;&quot;).</translation>
    </message>
    <message>
        <source>A quote opened in this row is never closed, so the rest of the file (up to line %1) was read as one field. Close the quote and import the rows after it again.</source>
        <translation>Uma aspa aberta nesta linha nunca é fechada, então o resto do arquivo (até a linha %1) foi lido como um só campo. Feche a aspa e importe de novo as linhas seguintes.</translation>
    </message>
    <message>
        <source>The row has %1 fields but the header has %2. Check for a missing or extra &quot;%3&quot; or a field with the delimiter that is not between quotes.</source>
        <translation>A linha tem %1 campos, mas o cabeçalho tem %2. Procure um &quot;%3&quot; faltando ou sobrando, ou um campo com o separador que não está entre aspas.</translation>
    </message>
    <message>
        <source>The type &quot;%1&quot; is not PF or PJ.</source>
        <translation>O tipo &quot;%1&quot; não é PF nem PJ.</translation>
    </message>
    <message>
        <source>&quot;In debt&quot; must be yes or no (sim/não), not &quot;%1&quot;.</source>
        <translation>&quot;Pendência financeira&quot; deve ser sim ou não, e não &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;Portal access&quot; must be yes or no (sim/não), not &quot;%1&quot;.</source>
        <translation>&quot;Acesso ao portal&quot; deve ser sim ou não, e não &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The days overdue must be a whole number, not &quot;%1&quot;.</source>
        <translation>Os dias de atraso devem ser um número inteiro, e não &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The CPF/CNPJ repeats the one of line %1.</source>
        <translation>O CPF/CNPJ repete o da linha %1.</translation>
    </message>
    <message>
        <source>The customer code repeats the one of line %1.</source>
        <translation>O código do cliente repete o da linha %1.</translation>
    </message>
</context>
<context>
    <name>CustomerDataExport</name>
    <message>
        <source>This customer no longer exists. Search for it again.</source>
        <translation>Este cliente não existe mais. Busque-o novamente.</translation>
    </message>
</context>
<context>
    <name>CustomerDataPdf</name>
    <message>
        <source>yes</source>
        <translation>sim</translation>
    </message>
    <message>
        <source>no</source>
        <translation>não</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Chatbot</source>
        <translation>Chatbot</translation>
    </message>
    <message>
        <source>Portal</source>
        <translation>Portal</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Interno</translation>
    </message>
    <message>
        <source>Personal data held about %1</source>
        <translation>Dados pessoais mantidos sobre %1</translation>
    </message>
    <message>
        <source>Produced on %1 in answer to a request under the LGPD (Lei 13.709/2018). It lists everything this service desk records about the holder.</source>
        <translation>Emitido em %1 em resposta a uma solicitação com base na LGPD (Lei 13.709/2018). Relaciona tudo o que este atendimento registra sobre o titular.</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Cadastro</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>CNPJ</source>
        <translation>CNPJ</translation>
    </message>
    <message>
        <source>CPF</source>
        <translation>CPF</translation>
    </message>
    <message>
        <source>Customer code</source>
        <translation>Código do cliente</translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation>E-mails</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Telefones</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Endereço</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plano</translation>
    </message>
    <message>
        <source>Access notes</source>
        <translation>Observações de acesso</translation>
    </message>
    <message>
        <source>In debt</source>
        <translation>Inadimplente</translation>
    </message>
    <message>
        <source>Debt note</source>
        <translation>Observação financeira</translation>
    </message>
    <message>
        <source>Portal access</source>
        <translation>Acesso ao portal</translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation>Cadastrado em</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Última alteração</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Parceiro</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contatos</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Cargo</translation>
    </message>
    <message numerus="yes">
        <source>Tickets (%n)</source>
        <translation>
            <numerusform>Atendimentos (%n)</numerusform>
            <numerusform>Atendimentos (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Setor</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Assunto</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Aberto em</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Fechado em</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrição</translation>
    </message>
    <message>
        <source>Solution</source>
        <translation>Solução</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>(internal note) %1</source>
        <translation>(nota interna) %1</translation>
    </message>
    <message>
        <source>Attachment: %1 (%2)</source>
        <translation>Anexo: %1 (%2)</translation>
    </message>
    <message>
        <source>Contact records</source>
        <translation>Registros de contato</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Imóveis</translation>
    </message>
    <message>
        <source>Rental contracts</source>
        <translation>Contratos de locação</translation>
    </message>
    <message>
        <source>Rental processes</source>
        <translation>Processos de locação</translation>
    </message>
    <message>
        <source>Capture processes</source>
        <translation>Processos de captação</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Não foi possível gravar %1: %2</translation>
    </message>
</context>
<context>
    <name>CustomerEditorDialog</name>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>CPF/CN&amp;PJ:</source>
        <translation>CPF/CN&amp;PJ:</translation>
    </message>
    <message>
        <source>C&amp;ode:</source>
        <translation>Có&amp;digo:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>&amp;Phones:</source>
        <translation>&amp;Telefones:</translation>
    </message>
    <message>
        <source>&amp;E-mails:</source>
        <translation>&amp;E-mails:</translation>
    </message>
    <message>
        <source>P&amp;lan:</source>
        <translation>P&amp;lano:</translation>
    </message>
    <message>
        <source>Pa&amp;rtner:</source>
        <translation>Pa&amp;rceiro:</translation>
    </message>
    <message>
        <source>&amp;Access notes:</source>
        <translation>&amp;Observações de acesso:</translation>
    </message>
    <message>
        <source>&amp;Finance:</source>
        <translation>&amp;Financeiro:</translation>
    </message>
    <message>
        <source>In &amp;debt</source>
        <translation>&amp;Inadimplente</translation>
    </message>
    <message>
        <source>Debt no&amp;te:</source>
        <translation>N&amp;ota da dívida:</translation>
    </message>
    <message>
        <source>Licence days o&amp;verdue:</source>
        <translation>Dias de licença em a&amp;traso:</translation>
    </message>
    <message>
        <source>Por&amp;tal:</source>
        <translation>Por&amp;tal:</translation>
    </message>
    <message>
        <source>Has portal (SAC) access</source>
        <translation>Tem acesso ao portal (SAC)</translation>
    </message>
    <message>
        <source>Addre&amp;ss:</source>
        <translation>En&amp;dereço:</translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation>&amp;Cidade:</translation>
    </message>
    <message>
        <source>State (&amp;UF):</source>
        <translation>Estado (&amp;UF):</translation>
    </message>
    <message>
        <source>Contacts:</source>
        <translation>Contatos:</translation>
    </message>
    <message>
        <source>&amp;Insert contact</source>
        <translation>&amp;Incluir contato</translation>
    </message>
    <message>
        <source>Re&amp;move contact</source>
        <translation>Re&amp;mover contato</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Histórico…</translation>
    </message>
</context>
<context>
    <name>CustomerExports</name>
    <message>
        <source>The file %1 could not be written: %2</source>
        <translation>Não foi possível gravar o arquivo %1: %2</translation>
    </message>
    <message>
        <source>Export customer data as PDF</source>
        <translation>Exportar dados do cliente em PDF</translation>
    </message>
    <message>
        <source>Export customer data as JSON</source>
        <translation>Exportar dados do cliente em JSON</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Arquivos JSON (*.json)</translation>
    </message>
    <message>
        <source>Export customer data</source>
        <translation>Exportar dados do cliente</translation>
    </message>
    <message>
        <source>The customer&apos;s data was saved in %1.</source>
        <translation>Os dados do cliente foram salvos em %1.</translation>
    </message>
    <message>
        <source>Export customers</source>
        <translation>Exportar clientes</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Arquivos CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) exported to %1.</source>
        <translation>
            <numerusform>%n cliente(s) exportado(s) para %1.</numerusform>
            <numerusform>%n cliente(s) exportado(s) para %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomerMergeDialog</name>
    <message>
        <source>Merge customers</source>
        <translation>Unificar clientes</translation>
    </message>
    <message>
        <source>Find the two records of the same customer and choose the one to keep. The other one&apos;s tickets, contacts, e-mails, phones, properties and contracts move to the kept record, and it is deleted. The merge is recorded in the history.</source>
        <translation>Localize os dois cadastros do mesmo cliente e escolha o que fica. Atendimentos, contatos, e-mails, telefones, imóveis e contratos do outro passam para o cadastro mantido, e o outro é excluído. A unificação fica registrada no histórico.</translation>
    </message>
    <message>
        <source>First record</source>
        <translation>Primeiro cadastro</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Localizar:</translation>
    </message>
    <message>
        <source>CPF/CNPJ, code, name, phone or e-mail, then Enter</source>
        <translation>CPF/CNPJ, código, nome, telefone ou e-mail, e Enter</translation>
    </message>
    <message>
        <source>&amp;Keep this record</source>
        <translation>&amp;Manter este cadastro</translation>
    </message>
    <message>
        <source>Second record</source>
        <translation>Segundo cadastro</translation>
    </message>
    <message>
        <source>F&amp;ind:</source>
        <translation>Locali&amp;zar:</translation>
    </message>
    <message>
        <source>Keep &amp;this record</source>
        <translation>Manter es&amp;te cadastro</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>&amp;Unificar…</translation>
    </message>
</context>
<context>
    <name>CustomerPageQuery</name>
    <message>
        <source>Could not read the customer list. Try again; if it keeps failing, check the database (atendectl check).</source>
        <translation>Não foi possível ler a lista de clientes. Tente de novo; se continuar falhando, verifique o banco de dados (atendectl check).</translation>
    </message>
    <message>
        <source>No customer has the %1 %2. Check the number or register the customer.</source>
        <translation>Nenhum cliente tem o %1 %2. Confira o número ou cadastre o cliente.</translation>
    </message>
</context>
<context>
    <name>CustomerSearchDialog</name>
    <message>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <source>CPF/CNPJ, code, name, phone or e-mail - Enter searches</source>
        <translation>CPF/CNPJ, código, nome, telefone ou e-mail - Enter busca</translation>
    </message>
    <message>
        <source>&amp;New customer…</source>
        <translation>&amp;Novo cliente…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Histórico…</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>&amp;Unificar…</translation>
    </message>
    <message>
        <source>E&amp;xport data</source>
        <translation>E&amp;xportar dados</translation>
    </message>
    <message>
        <source>&amp;Anonymise…</source>
        <translation>&amp;Anonimizar…</translation>
    </message>
</context>
<context>
    <name>CustomerService</name>
    <message>
        <source>This customer no longer exists (it may have been merged into another). Search for it again.</source>
        <translation>Este cliente não existe mais (pode ter sido unificado a outro). Busque-o novamente.</translation>
    </message>
    <message>
        <source>This customer&apos;s personal data was anonymised on request and can no longer be changed. Register the person again if they come back.</source>
        <translation>Os dados pessoais deste cliente foram anonimizados a pedido e não podem mais ser alterados. Cadastre a pessoa novamente se ela voltar.</translation>
    </message>
    <message>
        <source>The chosen partner is not in the directory of partner companies any more. Choose another one, or leave it empty.</source>
        <translation>O parceiro escolhido não está mais no cadastro de empresas parceiras. Escolha outro ou deixe em branco.</translation>
    </message>
    <message>
        <source>This CPF/CNPJ is already registered for the customer %1. Open that customer instead of registering it again.</source>
        <translation>Este CPF/CNPJ já está cadastrado para o cliente %1. Abra esse cliente em vez de cadastrá-lo de novo.</translation>
    </message>
    <message>
        <source>The customer code %1 is already used by the customer %2. Choose another code.</source>
        <translation>O código de cliente %1 já é usado pelo cliente %2. Escolha outro código.</translation>
    </message>
    <message>
        <source>This customer may already be registered, with the same name and phone or the same e-mail: %1. Open the existing record, or confirm that this is someone else.</source>
        <translation>Este cliente pode já estar cadastrado, com o mesmo nome e telefone ou o mesmo e-mail: %1. Abra o cadastro existente ou confirme que é outra pessoa.</translation>
    </message>
    <message>
        <source>Someone else changed this customer after you opened it. Reload it to see their change, then apply yours again.</source>
        <translation>Outra pessoa alterou este cliente depois que você o abriu. Recarregue-o para ver a alteração e aplique a sua de novo.</translation>
    </message>
    <message>
        <source>A contact of this customer was removed by someone else meanwhile. Reload the customer and apply your change again.</source>
        <translation>Um contato deste cliente foi removido por outra pessoa nesse meio-tempo. Recarregue o cliente e aplique sua alteração de novo.</translation>
    </message>
    <message>
        <source>The contact %1 is recorded on tickets of this customer and cannot be removed. Keep it, or change its details instead.</source>
        <translation>O contato %1 está registrado em atendimentos deste cliente e não pode ser removido. Mantenha-o ou altere os dados dele.</translation>
    </message>
    <message>
        <source>No customer found. Check what was typed, or register the customer.</source>
        <translation>Nenhum cliente encontrado. Confira o que foi digitado ou cadastre o cliente.</translation>
    </message>
    <message>
        <source>Type the customer code.</source>
        <translation>Digite o código do cliente.</translation>
    </message>
    <message>
        <source>Type the beginning of the customer&apos;s name.</source>
        <translation>Digite o começo do nome do cliente.</translation>
    </message>
    <message>
        <source>Type the phone with its DDD, e.g. (11) 98765-4321.</source>
        <translation>Digite o telefone com DDD, por exemplo (11) 98765-4321.</translation>
    </message>
    <message>
        <source>Type the whole e-mail address, e.g. name@company.com.br.</source>
        <translation>Digite o endereço de e-mail completo, por exemplo nome@empresa.com.br.</translation>
    </message>
    <message>
        <source>Choose two different customers to merge.</source>
        <translation>Escolha dois clientes diferentes para unificar.</translation>
    </message>
    <message>
        <source>The customers could not be merged because other records still point at the one being removed. Nothing was changed; report this to the administrator.</source>
        <translation>Os clientes não puderam ser unificados porque outros registros ainda apontam para o que seria removido. Nada foi alterado; informe o administrador.</translation>
    </message>
</context>
<context>
    <name>CustomerStore</name>
    <message>
        <source>Could not read or save the customer. Try again; if it keeps failing, ask an administrator to check the database.</source>
        <translation>Não foi possível ler ou salvar o cliente. Tente de novo; se continuar falhando, peça a um administrador que verifique o banco de dados.</translation>
    </message>
    <message>
        <source>number %1</source>
        <translation>número %1</translation>
    </message>
    <message>
        <source>number %1 (%2)</source>
        <translation>número %1 (%2)</translation>
    </message>
    <message>
        <source>code %1 (%2)</source>
        <translation>código %1 (%2)</translation>
    </message>
</context>
<context>
    <name>CustomerValidator</name>
    <message>
        <source>%1 must be a single line, without line breaks or tabs.</source>
        <translation>%1 deve ser uma única linha, sem quebras de linha nem tabulações.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is too long: use at most %n characters.</source>
        <translation>
            <numerusform>%1 é longo demais: use no máximo %n caractere.</numerusform>
            <numerusform>%1 é longo demais: use no máximo %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has control characters that cannot be saved; retype it.</source>
        <translation>%1 tem caracteres de controle que não podem ser salvos; digite de novo.</translation>
    </message>
    <message numerus="yes">
        <source>A customer may have at most %n e-mail addresses.</source>
        <translation>
            <numerusform>Um cliente pode ter no máximo %n endereço de e-mail.</numerusform>
            <numerusform>Um cliente pode ter no máximo %n endereços de e-mail.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A customer may have at most %n phone numbers.</source>
        <translation>
            <numerusform>Um cliente pode ter no máximo %n telefone.</numerusform>
            <numerusform>Um cliente pode ter no máximo %n telefones.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the customer&apos;s name.</source>
        <translation>Informe o nome do cliente.</translation>
    </message>
    <message>
        <source>The name must be a single line, without line breaks or tabs.</source>
        <translation>O nome deve ser uma única linha, sem quebras de linha nem tabulações.</translation>
    </message>
    <message numerus="yes">
        <source>The name is too long: use at most %n characters.</source>
        <translation>
            <numerusform>O nome é longo demais: use no máximo %n caractere.</numerusform>
            <numerusform>O nome é longo demais: use no máximo %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the customer&apos;s CPF.</source>
        <translation>Informe o CPF do cliente.</translation>
    </message>
    <message>
        <source>Enter the company&apos;s CNPJ.</source>
        <translation>Informe o CNPJ da empresa.</translation>
    </message>
    <message>
        <source>This is a CNPJ: an individual (PF) is identified by a CPF. Type the CPF, or register the customer as a company (PJ).</source>
        <translation>Isto é um CNPJ: pessoa física (PF) é identificada pelo CPF. Digite o CPF ou cadastre o cliente como pessoa jurídica (PJ).</translation>
    </message>
    <message>
        <source>This is a CPF: a company (PJ) is identified by a CNPJ. Type the CNPJ, or register the customer as an individual (PF).</source>
        <translation>Isto é um CPF: pessoa jurídica (PJ) é identificada pelo CNPJ. Digite o CNPJ ou cadastre o cliente como pessoa física (PF).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid e-mail address. Use the form name@company.com.br, on one line.</source>
        <translation>&quot;%1&quot; não é um endereço de e-mail válido. Use o formato nome@empresa.com.br, em uma linha.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number with DDD. Type the area code and the number, e.g. (11) 98765-4321 or (11) 3333-4444.</source>
        <translation>&quot;%1&quot; não é um telefone com DDD. Digite o DDD e o número, por exemplo (11) 98765-4321 ou (11) 3333-4444.</translation>
    </message>
    <message>
        <source>The customer code</source>
        <translation>O código do cliente</translation>
    </message>
    <message>
        <source>The plan</source>
        <translation>O plano</translation>
    </message>
    <message>
        <source>The access notes</source>
        <translation>As observações de acesso</translation>
    </message>
    <message>
        <source>The finance note</source>
        <translation>A observação financeira</translation>
    </message>
    <message>
        <source>The address</source>
        <translation>O endereço</translation>
    </message>
    <message>
        <source>The city</source>
        <translation>A cidade</translation>
    </message>
    <message>
        <source>The state (UF) must be its two letters, e.g. SP or RJ.</source>
        <translation>A UF deve ter suas duas letras, por exemplo SP ou RJ.</translation>
    </message>
    <message>
        <source>The days the license is overdue must be a number from 0 to 36500.</source>
        <translation>Os dias de atraso da licença devem ser um número de 0 a 36500.</translation>
    </message>
    <message numerus="yes">
        <source>A customer may have at most %n contacts.</source>
        <translation>
            <numerusform>Um cliente pode ter no máximo %n contato.</numerusform>
            <numerusform>Um cliente pode ter no máximo %n contatos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the name of every contact.</source>
        <translation>Informe o nome de todos os contatos.</translation>
    </message>
    <message>
        <source>The contact&apos;s name</source>
        <translation>O nome do contato</translation>
    </message>
    <message>
        <source>The contact&apos;s role</source>
        <translation>O cargo do contato</translation>
    </message>
</context>
<context>
    <name>DashboardReport</name>
    <message>
        <source>Could not compute the dashboard.</source>
        <translation>Não foi possível calcular o painel.</translation>
    </message>
    <message>
        <source>Choose a period whose first day is not after its last day.</source>
        <translation>Escolha um período cujo primeiro dia não seja depois do último.</translation>
    </message>
    <message>
        <source>Choose a period of at most %1 days.</source>
        <translation>Escolha um período de no máximo %1 dias.</translation>
    </message>
</context>
<context>
    <name>DashboardWidget</name>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;De:</translation>
    </message>
    <message>
        <source>dd/MM/yyyy</source>
        <translation>dd/MM/yyyy</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Até:</translation>
    </message>
    <message>
        <source>S&amp;ector:</source>
        <translation>S&amp;etor:</translation>
    </message>
    <message>
        <source>&amp;Update</source>
        <translation>&amp;Atualizar</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The database file %1 does not exist.</source>
        <translation>O arquivo de banco de dados %1 não existe.</translation>
    </message>
    <message>
        <source>Could not create the folder %1. Check that you may write there.</source>
        <translation>Não foi possível criar a pasta %1. Verifique se você tem permissão de gravação nela.</translation>
    </message>
    <message>
        <source>Could not open the database %1.</source>
        <translation>Não foi possível abrir o banco de dados %1.</translation>
    </message>
    <message>
        <source>The SQLite driver did not give access to its connection.</source>
        <translation>O driver do SQLite não deu acesso à conexão.</translation>
    </message>
    <message>
        <source>%1 is not an Atende database (it is not an SQLite file or it is damaged).</source>
        <translation>%1 não é um banco de dados do Atende (não é um arquivo SQLite ou está danificado).</translation>
    </message>
    <message>
        <source>%1 is an SQLite file of another program, not an Atende database. It was not changed.</source>
        <translation>%1 é um arquivo SQLite de outro programa, não um banco de dados do Atende. Ele não foi alterado.</translation>
    </message>
    <message>
        <source>This database was written by a newer version of Atende (schema %1; this program knows up to %2). It was not changed. Update Atende on this workstation to open it.</source>
        <translation>Este banco de dados foi gravado por uma versão mais nova do Atende (esquema %1; este programa conhece até o %2). Ele não foi alterado. Atualize o Atende nesta estação para abri-lo.</translation>
    </message>
    <message>
        <source>Could not prepare the database connection.</source>
        <translation>Não foi possível preparar a conexão com o banco de dados.</translation>
    </message>
    <message>
        <source>The database refused an operation.</source>
        <translation>O banco de dados recusou uma operação.</translation>
    </message>
    <message>
        <source>The PostgreSQL driver of Qt is not installed on this workstation (Debian package libqt6sql6-psql).</source>
        <translation>O driver PostgreSQL do Qt não está instalado nesta estação de trabalho (pacote Debian libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>Could not connect to the database server %1. Check the address, the network and the user&apos;s password.</source>
        <translation>Não foi possível conectar ao servidor de banco de dados %1. Verifique o endereço, a rede e a senha do usuário.</translation>
    </message>
    <message>
        <source>The database server did not answer a simple question.</source>
        <translation>O servidor de banco de dados não respondeu a uma consulta simples.</translation>
    </message>
    <message>
        <source>The database %1 on the server belongs to another program, not Atende. It was not changed.</source>
        <translation>O banco de dados %1 no servidor pertence a outro programa, não ao Atende. Ele não foi alterado.</translation>
    </message>
    <message>
        <source>The database %1 on the server holds tables of another program, not Atende. It was not changed. Create an empty database for Atende (admin guide).</source>
        <translation>O banco de dados %1 no servidor contém tabelas de outro programa, não do Atende. Ele não foi alterado. Crie um banco de dados vazio para o Atende (guia do administrador).</translation>
    </message>
</context>
<context>
    <name>DatabaseBackup</name>
    <message>
        <source>The backup cannot be written over the database itself.</source>
        <translation>A cópia de segurança não pode ser gravada sobre o próprio banco de dados.</translation>
    </message>
    <message>
        <source>Could not write the backup to %1. Check the free space and that you may write there.</source>
        <translation>Não foi possível gravar a cópia de segurança em %1. Verifique o espaço livre e se você tem permissão de gravação.</translation>
    </message>
    <message>
        <source>Could not write the backup to %1.</source>
        <translation>Não foi possível gravar a cópia de segurança em %1.</translation>
    </message>
    <message>
        <source>The backup file %1 does not exist.</source>
        <translation>O arquivo de cópia de segurança %1 não existe.</translation>
    </message>
    <message>
        <source>The backup %1 is damaged and was not restored.</source>
        <translation>A cópia de segurança %1 está danificada e não foi restaurada.</translation>
    </message>
    <message>
        <source>Could not restore the backup. The database was not changed.</source>
        <translation>Não foi possível restaurar a cópia de segurança. O banco de dados não foi alterado.</translation>
    </message>
</context>
<context>
    <name>DatabaseHealth</name>
    <message>
        <source>SQLite could not check the file: %1</source>
        <translation>O SQLite não conseguiu verificar o arquivo: %1</translation>
    </message>
    <message>
        <source>SQLite found damage in the file: %1</source>
        <translation>O SQLite encontrou danos no arquivo: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) point to records that do not exist.</source>
        <translation>
            <numerusform>%n registro aponta para dados que não existem.</numerusform>
            <numerusform>%n registros apontam para dados que não existem.</numerusform>
        </translation>
    </message>
    <message>
        <source>The schema is at version %1; this program uses version %2. Run &quot;atendectl migrate&quot;.</source>
        <translation>O esquema está na versão %1; este programa usa a versão %2. Execute &quot;atendectl migrate&quot;.</translation>
    </message>
    <message>
        <source>The database server could not be checked: %1</source>
        <translation>Não foi possível verificar o servidor de banco de dados: %1</translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <source>Fill the database with generated, realistic Brazilian data.</source>
        <translation>Preenche o banco de dados com dados brasileiros realistas gerados.</translation>
    </message>
    <message>
        <source>Number of customers to add.</source>
        <translation>Número de clientes a incluir.</translation>
    </message>
    <message>
        <source>Number of tickets to add.</source>
        <translation>Número de atendimentos a incluir.</translation>
    </message>
    <message>
        <source>Seed of the generator (default 1).</source>
        <translation>Semente do gerador (padrão 1).</translation>
    </message>
    <message>
        <source>&quot;demo&quot; takes only options.</source>
        <translation>&quot;demo&quot; recebe apenas opções.</translation>
    </message>
    <message>
        <source>Say how much to generate with --customers and --tickets.</source>
        <translation>Informe quanto gerar com --customers e --tickets.</translation>
    </message>
    <message>
        <source>--customers needs a whole number from 0 to %1.</source>
        <translation>--customers precisa de um número inteiro de 0 a %1.</translation>
    </message>
    <message>
        <source>--tickets needs a whole number from 0 to %1.</source>
        <translation>--tickets precisa de um número inteiro de 0 a %1.</translation>
    </message>
    <message>
        <source>Tickets belong to customers: ask for at least one customer.</source>
        <translation>Atendimentos pertencem a clientes: peça pelo menos um cliente.</translation>
    </message>
    <message>
        <source>--seed needs a whole number from 0 up.</source>
        <translation>--seed precisa de um número inteiro a partir de 0.</translation>
    </message>
    <message>
        <source>tickets</source>
        <translation>atendimentos</translation>
    </message>
    <message>
        <source>Generated with seed %1 in %2 s:</source>
        <translation>Gerado com a semente %1 em %2 s:</translation>
    </message>
    <message>
        <source>  %1 customers, %2 contacts, %3 users</source>
        <translation>  %1 clientes, %2 contatos do cliente, %3 usuários</translation>
    </message>
    <message>
        <source>  %1 tickets, %2 interactions (%3 tickets/s)</source>
        <translation>  %1 atendimentos, %2 interações (%3 atendimentos/s)</translation>
    </message>
    <message>
        <source>  %1 properties, %2 rental contracts</source>
        <translation>  %1 imóveis, %2 contratos de locação</translation>
    </message>
    <message>
        <source>Database: %1 (%2)</source>
        <translation>Banco de dados: %1 (%2)</translation>
    </message>
    <message>
        <source>Adds N customers (people and companies with valid CPF/CNPJ, contacts, properties and rental contracts) and M tickets with their interactions, across every status, sector and subject. The same seed always gives the same data. Creates the database when it does not exist. A progress bar is shown when standard error is a terminal; Ctrl+C stops it and leaves the database as it was.</source>
        <translation>Inclui N clientes (pessoas e empresas com CPF/CNPJ válidos, contatos, imóveis e contratos de locação) e M atendimentos com suas interações, em todas as situações, setores e assuntos. A mesma semente sempre gera os mesmos dados. Cria o banco de dados quando ele não existe. Uma barra de progresso aparece quando a saída de erro é um terminal; Ctrl+C interrompe e deixa o banco como estava.</translation>
    </message>
    <message>
        <source>Log in with one of these demo accounts (password &quot;%1&quot;): %2</source>
        <translation>Entre com uma destas contas de demonstração (senha &quot;%1&quot;): %2</translation>
    </message>
</context>
<context>
    <name>DemoDataGenerator</name>
    <message>
        <source>Demo data generation was cancelled; nothing was written.</source>
        <translation>A geração dos dados de demonstração foi cancelada; nada foi gravado.</translation>
    </message>
    <message>
        <source>Could not write the demo data. Check the free space and try again.</source>
        <translation>Não foi possível gravar os dados de demonstração. Verifique o espaço livre e tente de novo.</translation>
    </message>
    <message>
        <source>The database has no workflow, subjects, sectors or access profiles to build demo data on. Create it with &quot;atendectl init&quot;.</source>
        <translation>O banco de dados não tem workflow, assuntos, setores ou perfis de acesso para os dados de demonstração. Crie-o com &quot;atendectl init&quot;.</translation>
    </message>
    <message>
        <source>Tickets need customers: ask for at least one customer.</source>
        <translation>Atendimentos precisam de clientes: peça pelo menos um cliente.</translation>
    </message>
    <message>
        <source>The database has no subjects to use.</source>
        <translation>O banco de dados não tem assuntos para usar.</translation>
    </message>
    <message>
        <source>The number of customers and tickets cannot be negative.</source>
        <translation>O número de clientes e de atendimentos não pode ser negativo.</translation>
    </message>
    <message>
        <source>This database already has customers or tickets. Demo data is generated only into a new, empty database, so it never mixes with real records.</source>
        <translation>Este banco de dados já tem clientes ou atendimentos. Os dados de demonstração só são gerados em um banco novo e vazio, para nunca se misturarem com registros reais.</translation>
    </message>
    <message>
        <source>Demo data can only be generated into a database file, not on a PostgreSQL server.</source>
        <translation>Os dados de demonstração só podem ser gerados em um arquivo de banco de dados, não em um servidor PostgreSQL.</translation>
    </message>
</context>
<context>
    <name>DirectoryDialog</name>
    <message>
        <source>Directory</source>
        <translation>Diretório</translation>
    </message>
    <message>
        <source>The people agents hand things to: finance contacts for individuals (PF) and companies (PJ), the receptionist, partner companies.</source>
        <translation>As pessoas a quem os agentes repassam assuntos: financeiro para pessoa física (PF) e jurídica (PJ), a recepção, as empresas parceiras.</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <source>Also &amp;inactive</source>
        <translation>Também &amp;inativos</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>Ti&amp;po:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>Tele&amp;fone:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;Observações:</translation>
    </message>
    <message>
        <source>Acti&amp;ve</source>
        <translation>Ati&amp;vo</translation>
    </message>
    <message>
        <source>Ne&amp;w entry</source>
        <translation>Novo &amp;contato</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salvar</translation>
    </message>
</context>
<context>
    <name>DirectoryService</name>
    <message>
        <source>Could not read or save the directory. Try again; if it keeps failing, ask an administrator to check the database.</source>
        <translation>Não foi possível ler ou salvar o cadastro de contatos. Tente de novo; se continuar falhando, peça a um administrador que verifique o banco de dados.</translation>
    </message>
    <message>
        <source>This directory entry no longer exists. Refresh the list.</source>
        <translation>Este registro do cadastro não existe mais. Atualize a lista.</translation>
    </message>
    <message>
        <source>Enter the name of the person or company.</source>
        <translation>Informe o nome da pessoa ou empresa.</translation>
    </message>
    <message numerus="yes">
        <source>The name must be a single line of at most %n characters.</source>
        <translation>
            <numerusform>O nome deve ser uma única linha de no máximo %n caractere.</numerusform>
            <numerusform>O nome deve ser uma única linha de no máximo %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>The e-mail address is not valid. Use the form name@company.com.br, on one line.</source>
        <translation>O endereço de e-mail não é válido. Use o formato nome@empresa.com.br, em uma linha.</translation>
    </message>
    <message>
        <source>The receptionist needs an e-mail address: protocols of customers without portal access are forwarded to it.</source>
        <translation>A recepcionista precisa de um endereço de e-mail: os protocolos de clientes sem acesso ao portal são encaminhados para ele.</translation>
    </message>
    <message numerus="yes">
        <source>The phone must be a single line of at most %n characters.</source>
        <translation>
            <numerusform>O telefone deve ser uma única linha de no máximo %n caractere.</numerusform>
            <numerusform>O telefone deve ser uma única linha de no máximo %n caracteres.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The notes are too long: use at most %n characters.</source>
        <translation>
            <numerusform>As observações são longas demais: use no máximo %n caractere.</numerusform>
            <numerusform>As observações são longas demais: use no máximo %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>No finance contact for companies (PJ) is configured. Ask an administrator to add one to the directory.</source>
        <translation>Nenhum contato do financeiro para pessoa jurídica (PJ) está configurado. Peça a um administrador que o inclua no cadastro.</translation>
    </message>
    <message>
        <source>No finance contact for individuals (PF) is configured. Ask an administrator to add one to the directory.</source>
        <translation>Nenhum contato do financeiro para pessoa física (PF) está configurado. Peça a um administrador que o inclua no cadastro.</translation>
    </message>
    <message>
        <source>No receptionist address is configured. Ask an administrator to add it to the directory.</source>
        <translation>Nenhum endereço da recepcionista está configurado. Peça a um administrador que o inclua no cadastro.</translation>
    </message>
</context>
<context>
    <name>DocCommand</name>
    <message>
        <source>Validate CPF and CNPJ numbers, masked or not (alphanumeric CNPJ too).</source>
        <translation>Valida números de CPF e CNPJ, com ou sem máscara (inclusive CNPJ alfanumérico).</translation>
    </message>
    <message>
        <source>For each VALUE prints whether it is a CPF or a CNPJ, its normalized and formatted forms, and whether it is valid or why not. Masks, spaces and lower-case letters are accepted. Exits with 0 only when every value is valid. Values are never written to the log.</source>
        <translation>Para cada VALOR informa se é CPF ou CNPJ, suas formas normalizada e formatada, e se é válido ou por que não. Máscaras, espaços e letras minúsculas são aceitos. Termina com 0 somente quando todos os valores são válidos. Os valores nunca são gravados no log.</translation>
    </message>
    <message>
        <source>Say what to do: &quot;doc validate VALUE...&quot;.</source>
        <translation>Diga o que fazer: &quot;doc validate VALOR...&quot;.</translation>
    </message>
    <message>
        <source>Unknown action &quot;%1&quot; for &quot;doc&quot;.</source>
        <translation>Ação desconhecida &quot;%1&quot; para &quot;doc&quot;.</translation>
    </message>
    <message>
        <source>Give at least one CPF or CNPJ to validate.</source>
        <translation>Informe pelo menos um CPF ou CNPJ para validar.</translation>
    </message>
    <message>
        <source>%1: valid %2 %3 (normalized %4)</source>
        <translation>%1: %2 válido %3 (normalizado %4)</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>inválido</translation>
    </message>
    <message>
        <source>invalid %1</source>
        <translation>%1 inválido</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1: %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 value(s) are not valid.</source>
        <translation>
            <numerusform>%n de %1 valor não é válido.</numerusform>
            <numerusform>%n de %1 valores não são válidos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentNumber</name>
    <message>
        <source>The character &quot;%1&quot; cannot be part of a CPF or CNPJ.</source>
        <translation>O caractere &quot;%1&quot; não pode fazer parte de um CPF ou CNPJ.</translation>
    </message>
    <message>
        <source>Type a CPF (11 digits) or a CNPJ (14 characters).</source>
        <translation>Digite um CPF (11 dígitos) ou um CNPJ (14 caracteres).</translation>
    </message>
    <message>
        <source>A CPF with all digits equal is not valid.</source>
        <translation>Um CPF com todos os dígitos iguais não é válido.</translation>
    </message>
    <message>
        <source>The CPF check digits do not match: check the number typed.</source>
        <translation>Os dígitos verificadores do CPF não conferem: confira o número digitado.</translation>
    </message>
    <message>
        <source>The last two characters of a CNPJ (the check digits) must be numbers.</source>
        <translation>Os dois últimos caracteres do CNPJ (os dígitos verificadores) devem ser números.</translation>
    </message>
    <message>
        <source>A CNPJ with all characters equal is not valid.</source>
        <translation>Um CNPJ com todos os caracteres iguais não é válido.</translation>
    </message>
    <message>
        <source>The CNPJ check digits do not match: check the number typed.</source>
        <translation>Os dígitos verificadores do CNPJ não conferem: confira o número digitado.</translation>
    </message>
    <message>
        <source>A CPF has only digits; letters are allowed only in a CNPJ.</source>
        <translation>O CPF tem apenas dígitos; letras só são permitidas no CNPJ.</translation>
    </message>
    <message numerus="yes">
        <source>A CPF has 11 digits and a CNPJ 14 characters; this value has %n.</source>
        <translation>
            <numerusform>O CPF tem 11 dígitos e o CNPJ 14 caracteres; este valor tem %n.</numerusform>
            <numerusform>O CPF tem 11 dígitos e o CNPJ 14 caracteres; este valor tem %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Atende - First administrator</source>
        <translation>Atende - Primeiro administrador</translation>
    </message>
    <message>
        <source>This database has no users yet. Create the administrator: choose the login, the name and a password (there is no default password).</source>
        <translation>Este banco de dados ainda não tem usuários. Crie o administrador: escolha o login, o nome e uma senha (não existe senha padrão).</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Login:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Senha:</translation>
    </message>
    <message>
        <source>&amp;Confirm password:</source>
        <translation>&amp;Confirme a senha:</translation>
    </message>
</context>
<context>
    <name>HelpCommand</name>
    <message>
        <source>Show the commands, or the help of one command.</source>
        <translation>Mostra os comandos, ou a ajuda de um comando.</translation>
    </message>
    <message>
        <source>Ask for the help of one command at a time.</source>
        <translation>Peça a ajuda de um comando por vez.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Comando desconhecido &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Usage: atendectl [--db PATH] [--json] COMMAND [ARGS]</source>
        <translation>Uso: atendectl [--db CAMINHO] [--json] COMANDO [ARGUMENTOS]</translation>
    </message>
    <message>
        <source>Administers the Atende database: create, update, check, back up and restore it, fill it with demonstration data, validate CPF/CNPJ.</source>
        <translation>Administra o banco de dados do Atende: cria, atualiza, verifica, faz cópia de segurança e restaura, preenche com dados de demonstração, valida CPF/CNPJ.</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Opções:</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Comandos:</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Banco de dados: %1</translation>
    </message>
    <message>
        <source>Environment: ATENDE_DB (database file when --db is not given), ATENDE_LANG (&quot;en&quot; or &quot;pt_BR&quot;: language of the messages).</source>
        <translation>Ambiente: ATENDE_DB (arquivo de banco de dados quando --db não é informado), ATENDE_LANG (&quot;en&quot; ou &quot;pt_BR&quot;: idioma das mensagens).</translation>
    </message>
    <message>
        <source>Exit codes: 0 done; 1 the operation failed, the database is not healthy or a value is invalid; 2 the command line is wrong.</source>
        <translation>Códigos de saída: 0 concluído; 1 a operação falhou, o banco de dados tem problemas ou um valor é inválido; 2 a linha de comando está errada.</translation>
    </message>
    <message>
        <source>&quot;atendectl help COMMAND&quot; explains one command.</source>
        <translation>&quot;atendectl help COMANDO&quot; explica um comando.</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Uso: %1</translation>
    </message>
</context>
<context>
    <name>InitCommand</name>
    <message>
        <source>Create the database, or bring an existing one to the current schema.</source>
        <translation>Cria o banco de dados, ou leva um existente ao esquema atual.</translation>
    </message>
    <message>
        <source>Creates an empty Atende database with the default configuration. An existing Atende database is kept, and brought to the current schema after a backup next to it. A file that is not an Atende database, or that a newer Atende wrote, is refused and left as it was.</source>
        <translation>Cria um banco de dados do Atende vazio com a configuração padrão. Um banco do Atende existente é mantido e levado ao esquema atual depois de uma cópia de segurança ao lado dele. Um arquivo que não é banco do Atende, ou que foi gravado por um Atende mais novo, é recusado e fica como estava.</translation>
    </message>
    <message>
        <source>&quot;init&quot; takes no arguments.</source>
        <translation>&quot;init&quot; não recebe argumentos.</translation>
    </message>
    <message>
        <source>Created the Atende database %1 (schema %2).</source>
        <translation>Banco de dados do Atende %1 criado (esquema %2).</translation>
    </message>
    <message>
        <source>Updated the database %1 from schema %2 to %3.</source>
        <translation>Banco de dados %1 atualizado do esquema %2 para o %3.</translation>
    </message>
    <message>
        <source>The database %1 is already set up (schema %2). Nothing to do.</source>
        <translation>O banco de dados %1 já está pronto (esquema %2). Nada a fazer.</translation>
    </message>
    <message>
        <source>The previous file was saved as %1.</source>
        <translation>O arquivo anterior foi salvo como %1.</translation>
    </message>
</context>
<context>
    <name>Keyring</name>
    <message>
        <source>No system keyring is available to keep the password (GNOME Keyring or KWallet). Start one, or set the environment variable %1 on machines without a desktop.</source>
        <translation>Nenhum chaveiro do sistema está disponível para guardar a senha (GNOME Keyring ou KWallet). Inicie um, ou defina a variável de ambiente %1 em máquinas sem área de trabalho.</translation>
    </message>
    <message>
        <source>The system keyring refused access to the password.</source>
        <translation>O chaveiro do sistema recusou o acesso à senha.</translation>
    </message>
    <message>
        <source>The system keyring failed: %1</source>
        <translation>O chaveiro do sistema falhou: %1</translation>
    </message>
</context>
<context>
    <name>KnowledgeAdminDialog</name>
    <message>
        <source>Knowledge base</source>
        <translation>Base de conhecimento</translation>
    </message>
    <message>
        <source>Searc&amp;h:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <source>Words from the title, text or tags</source>
        <translation>Palavras do título, do texto ou das etiquetas</translation>
    </message>
    <message>
        <source>&amp;New article</source>
        <translation>&amp;Novo artigo</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation>Eti&amp;quetas:</translation>
    </message>
    <message>
        <source>Other words that should find it, separated by spaces</source>
        <translation>Outras palavras que devem encontrá-lo, separadas por espaços</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>Te&amp;xto:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salvar</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Excluir</translation>
    </message>
</context>
<context>
    <name>KnowledgeBaseService</name>
    <message>
        <source>The knowledge base could not be read or saved. Try again.</source>
        <translation>Não foi possível ler ou gravar a base de conhecimento. Tente de novo.</translation>
    </message>
    <message>
        <source>This article no longer exists.</source>
        <translation>Este artigo não existe mais.</translation>
    </message>
    <message>
        <source>An article needs a title and a text.</source>
        <translation>Um artigo precisa de título e texto.</translation>
    </message>
    <message>
        <source>The title may have at most %1 characters and the text %2.</source>
        <translation>O título pode ter no máximo %1 caracteres e o texto %2.</translation>
    </message>
    <message>
        <source>The article could not be saved. Try again.</source>
        <translation>Não foi possível gravar o artigo. Tente de novo.</translation>
    </message>
    <message>
        <source>The article could not be removed. Try again.</source>
        <translation>Não foi possível remover o artigo. Tente de novo.</translation>
    </message>
</context>
<context>
    <name>KnowledgePanel</name>
    <message>
        <source>Knowledge base</source>
        <translation>Base de conhecimento</translation>
    </message>
    <message>
        <source>&amp;Knowledge base:</source>
        <translation>Base de &amp;conhecimento:</translation>
    </message>
    <message>
        <source>Words from the title, text or tags</source>
        <translation>Palavras do título, do texto ou das etiquetas</translation>
    </message>
    <message>
        <source>&amp;Use as reply</source>
        <translation>&amp;Usar como resposta</translation>
    </message>
</context>
<context>
    <name>LanguageChecker</name>
    <message>
        <source>The language rules could not be read.</source>
        <translation>Não foi possível ler as regras de linguagem.</translation>
    </message>
    <message>
        <source>The language rules file is not valid JSON in the format atende.language-rules.</source>
        <translation>O arquivo de regras de linguagem não é um JSON válido no formato atende.language-rules.</translation>
    </message>
    <message>
        <source>The language rule &quot;%1&quot; has an invalid pattern.</source>
        <translation>A regra de linguagem &quot;%1&quot; tem um padrão inválido.</translation>
    </message>
</context>
<context>
    <name>LastChangeQuery</name>
    <message>
        <source>Could not read who changed this record last.</source>
        <translation>Não foi possível ler quem alterou este registro por último.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Atende - Log in</source>
        <translation>Atende - Entrar</translation>
    </message>
    <message>
        <source>Enter your login and password.</source>
        <translation>Digite seu login e sua senha.</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Login:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Senha:</translation>
    </message>
</context>
<context>
    <name>MailAddress</name>
    <message>
        <source>&quot;%1&quot; is not a valid e-mail address.</source>
        <translation>&quot;%1&quot; não é um endereço de e-mail válido.</translation>
    </message>
</context>
<context>
    <name>MailAdministration</name>
    <message>
        <source>The e-mail settings could not be saved.</source>
        <translation>Não foi possível salvar as configurações de e-mail.</translation>
    </message>
    <message>
        <source>The outbox could not be updated.</source>
        <translation>Não foi possível atualizar a caixa de saída.</translation>
    </message>
</context>
<context>
    <name>MailCommand</name>
    <message>
        <source>Send a test e-mail with the saved e-mail settings.</source>
        <translation>Envia um e-mail de teste com as configurações de e-mail salvas.</translation>
    </message>
    <message>
        <source>The address that receives the test e-mail.</source>
        <translation>O endereço que recebe o e-mail de teste.</translation>
    </message>
    <message>
        <source>The only mail command is &quot;mail test --to ADDR&quot;.</source>
        <translation>O único comando de e-mail é &quot;mail test --to ENDEREÇO&quot;.</translation>
    </message>
    <message>
        <source>Say who receives the test e-mail with --to ADDR.</source>
        <translation>Informe quem recebe o e-mail de teste com --to ENDEREÇO.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate SHA-256 is %1; pin it with &quot;atendectl config set mail.smtp.pinned_sha256 %1&quot; only if you know it is your server&apos;s.</source>
        <translation>O SHA-256 do certificado do servidor é %1; fixe-o com &quot;atendectl config set mail.smtp.pinned_sha256 %1&quot; somente se você souber que é o do seu servidor.</translation>
    </message>
    <message>
        <source>The test e-mail to %1 was accepted by %2 (%3).</source>
        <translation>O e-mail de teste para %1 foi aceito por %2 (%3).</translation>
    </message>
</context>
<context>
    <name>MailPasswordStore</name>
    <message>
        <source>No e-mail password is stored for %1 on %2; enter it in the e-mail settings.</source>
        <translation>Não há senha de e-mail guardada para %1 em %2; informe-a nas configurações de e-mail.</translation>
    </message>
</context>
<context>
    <name>MailSettingsStore</name>
    <message>
        <source>The e-mail settings could not be read.</source>
        <translation>Não foi possível ler as configurações de e-mail.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail setting.</source>
        <translation>&quot;%1&quot; não é uma configuração de e-mail.</translation>
    </message>
    <message>
        <source>A setting must fit on one line.</source>
        <translation>Uma configuração deve caber em uma linha.</translation>
    </message>
    <message>
        <source>The port must be a number from 1 to 65535.</source>
        <translation>A porta deve ser um número de 1 a 65535.</translation>
    </message>
    <message>
        <source>The timeout must be a number of milliseconds from 100 to 600000.</source>
        <translation>O tempo limite deve ser um número de milissegundos de 100 a 600000.</translation>
    </message>
    <message>
        <source>The security mode must be tls, starttls or plain.</source>
        <translation>O modo de segurança deve ser tls, starttls ou plain.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid e-mail address.</source>
        <translation>&quot;%1&quot; não é um endereço de e-mail válido.</translation>
    </message>
    <message>
        <source>The pinned fingerprint must be a SHA-256 in hexadecimal (64 digits).</source>
        <translation>A impressão digital fixada deve ser um SHA-256 em hexadecimal (64 dígitos).</translation>
    </message>
    <message>
        <source>The e-mail settings could not be saved.</source>
        <translation>Não foi possível salvar as configurações de e-mail.</translation>
    </message>
</context>
<context>
    <name>MailTemplateDialog</name>
    <message>
        <source>E-mail templates</source>
        <translation>Modelos de e-mail</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Modelo:</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Assunto:</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>Te&amp;xto:</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>Pré-visualização:</translation>
    </message>
</context>
<context>
    <name>MailTemplateRenderer</name>
    <message>
        <source>The template uses an unknown variable: {%1}.</source>
        <translation>O modelo usa uma variável desconhecida: {%1}.</translation>
    </message>
</context>
<context>
    <name>MailTemplateStore</name>
    <message>
        <source>The e-mail template could not be read.</source>
        <translation>Não foi possível ler o modelo de e-mail.</translation>
    </message>
    <message>
        <source>A template needs a subject and a text.</source>
        <translation>Um modelo precisa de assunto e texto.</translation>
    </message>
    <message>
        <source>The e-mail template could not be saved.</source>
        <translation>Não foi possível salvar o modelo de e-mail.</translation>
    </message>
</context>
<context>
    <name>MailTestMessage</name>
    <message>
        <source>Atende test e-mail: configuration working</source>
        <translation>E-mail de teste do Atende: configuração funcionando</translation>
    </message>
    <message>
        <source>This message was sent by Atende to test the e-mail settings (server %1, port %2).
If you can read it, protocol e-mails will reach your customers.</source>
        <translation>Esta mensagem foi enviada pelo Atende para testar as configurações de e-mail (servidor %1, porta %2).
Se você consegue lê-la, os e-mails de protocolo chegarão aos seus clientes.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Atende</source>
        <translation>Atende</translation>
    </message>
    <message>
        <source>&amp;Tickets</source>
        <translation>&amp;Atendimentos</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Situação:</translation>
    </message>
    <message>
        <source>Show only the tickets in this status</source>
        <translation>Mostrar só os atendimentos nesta situação</translation>
    </message>
    <message>
        <source>&amp;Customers</source>
        <translation>&amp;Clientes</translation>
    </message>
    <message>
        <source>S&amp;earch:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <source>The beginning of the name (accents and case do not matter) or of the CPF/CNPJ</source>
        <translation>O começo do nome (acentos e maiúsculas não importam) ou do CPF/CNPJ</translation>
    </message>
    <message>
        <source>Name, CPF or CNPJ</source>
        <translation>Nome, CPF ou CNPJ</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Exibir</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;juda</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>Abrir &amp;banco de dados…</translation>
    </message>
    <message>
        <source>Open another Atende database file</source>
        <translation>Abrir outro arquivo de banco de dados do Atende</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>&amp;Find customer…</source>
        <translation>&amp;Localizar cliente…</translation>
    </message>
    <message>
        <source>Search customers by name, CPF or CNPJ</source>
        <translation>Buscar clientes por nome, CPF ou CNPJ</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;tualizar</translation>
    </message>
    <message>
        <source>Read the lists and counts again</source>
        <translation>Ler de novo as listas e contagens</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>&amp;About Atende</source>
        <translation>&amp;Sobre o Atende</translation>
    </message>
    <message>
        <source>C&amp;ustomers</source>
        <translation>C&amp;lientes</translation>
    </message>
    <message>
        <source>&amp;Administration</source>
        <translation>&amp;Administração</translation>
    </message>
    <message>
        <source>&amp;Search customers…</source>
        <translation>&amp;Buscar clientes…</translation>
    </message>
    <message>
        <source>Find a customer by CPF/CNPJ, code, name, phone or e-mail and see the card</source>
        <translation>Encontrar um cliente por CPF/CNPJ, código, nome, telefone ou e-mail e ver a ficha</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>&amp;New customer…</source>
        <translation>&amp;Novo cliente…</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>&amp;Users…</source>
        <translation>&amp;Usuários…</translation>
    </message>
    <message>
        <source>Access &amp;profiles…</source>
        <translation>&amp;Perfis de acesso…</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Histórico…</translation>
    </message>
    <message>
        <source>Who changed what, and when</source>
        <translation>Quem alterou o quê, e quando</translation>
    </message>
    <message>
        <source>Ctrl+H</source>
        <translation>Ctrl+H</translation>
    </message>
    <message>
        <source>&amp;Change password…</source>
        <translation>Alterar &amp;senha…</translation>
    </message>
    <message>
        <source>&amp;Merge customers…</source>
        <translation>&amp;Unificar clientes…</translation>
    </message>
    <message>
        <source>&amp;Import customers (CSV)…</source>
        <translation>&amp;Importar clientes (CSV)…</translation>
    </message>
    <message>
        <source>E&amp;xport customers (CSV)…</source>
        <translation>E&amp;xportar clientes (CSV)…</translation>
    </message>
    <message>
        <source>&amp;Attendance types…</source>
        <translation>&amp;Tipos de atendimento…</translation>
    </message>
    <message>
        <source>&amp;Knowledge base…</source>
        <translation>&amp;Base de conhecimento…</translation>
    </message>
    <message>
        <source>&amp;Directory…</source>
        <translation>&amp;Diretório…</translation>
    </message>
    <message>
        <source>Connect to the team&apos;s &amp;server…</source>
        <translation>Conectar ao &amp;servidor da equipe…</translation>
    </message>
    <message>
        <source>Work on the team&apos;s shared PostgreSQL database</source>
        <translation>Trabalhar no banco de dados PostgreSQL compartilhado pela equipe</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
</context>
<context>
    <name>MigrateCommand</name>
    <message>
        <source>Update the database to the current schema, after a backup.</source>
        <translation>Atualiza o banco de dados para o esquema atual, depois de uma cópia de segurança.</translation>
    </message>
    <message>
        <source>Updates an existing Atende database to the schema this program uses. Before the first change a complete backup is written next to the file (FILE.vOLD-DATE.bak). Each step is all-or-nothing: if one fails, the database stays at the last complete version. A database written by a newer Atende is refused and left as it was.</source>
        <translation>Atualiza um banco de dados do Atende existente para o esquema que este programa usa. Antes da primeira alteração, uma cópia completa é gravada ao lado do arquivo (ARQUIVO.vANTIGA-DATA.bak). Cada passo é tudo ou nada: se um falhar, o banco fica na última versão completa. Um banco gravado por um Atende mais novo é recusado e fica como estava.</translation>
    </message>
    <message>
        <source>&quot;migrate&quot; takes no arguments.</source>
        <translation>&quot;migrate&quot; não recebe argumentos.</translation>
    </message>
    <message>
        <source>The database file %1 does not exist. Run &quot;atendectl init&quot; to create it.</source>
        <translation>O arquivo de banco de dados %1 não existe. Execute &quot;atendectl init&quot; para criá-lo.</translation>
    </message>
    <message>
        <source>The database %1 is already at schema %2. Nothing to do.</source>
        <translation>O banco de dados %1 já está no esquema %2. Nada a fazer.</translation>
    </message>
    <message>
        <source>Updated the database %1 from schema %2 to %3.</source>
        <translation>Banco de dados %1 atualizado do esquema %2 para o %3.</translation>
    </message>
    <message>
        <source>Backup of the previous file: %1</source>
        <translation>Cópia de segurança do arquivo anterior: %1</translation>
    </message>
</context>
<context>
    <name>MigrateToCommand</name>
    <message>
        <source>Copy this workstation&apos;s database into the team&apos;s PostgreSQL server.</source>
        <translation>Copia o banco de dados desta estação para o servidor PostgreSQL da equipe.</translation>
    </message>
    <message>
        <source>Copies every table of the SQLite database (--db) into a new PostgreSQL database, so that a single-workstation install becomes a team. The server database must be empty (created by its administrator, see the admin guide) or one this same file was already being copied into: an interrupted copy (Ctrl+C, network, power) continues where it stopped when the same command is run again. At the end every table is verified: row counts and a SHA-256 of all values on both sides. The file is not changed. The password is taken from ATENDE_DB_PASSWORD (or PGPASSWORD / ~/.pgpass), never from the command line.</source>
        <translation>Copia todas as tabelas do banco SQLite (--db) para um banco PostgreSQL novo, para que uma instalação de uma estação passe a ser de uma equipe. O banco no servidor precisa estar vazio (criado pelo administrador, veja o guia do administrador) ou ser um para o qual este mesmo arquivo já estava sendo copiado: uma cópia interrompida (Ctrl+C, rede, energia) continua de onde parou quando o mesmo comando é executado de novo. No fim, todas as tabelas são conferidas: quantidade de linhas e um SHA-256 de todos os valores dos dois lados. O arquivo não é alterado. A senha vem de ATENDE_DB_PASSWORD (ou PGPASSWORD / ~/.pgpass), nunca da linha de comando.</translation>
    </message>
    <message>
        <source>Only compare the file and the server database, table by table.</source>
        <translation>Apenas compara o arquivo e o banco do servidor, tabela por tabela.</translation>
    </message>
    <message>
        <source>&quot;migrate-to&quot; takes the server&apos;s address: postgresql://user@server/database.</source>
        <translation>&quot;migrate-to&quot; recebe o endereço do servidor: postgresql://usuario@servidor/banco.</translation>
    </message>
    <message>
        <source>--db must name the SQLite file to copy, not a server.</source>
        <translation>--db deve indicar o arquivo SQLite a copiar, não um servidor.</translation>
    </message>
    <message>
        <source>The database file %1 does not exist.</source>
        <translation>O arquivo de banco de dados %1 não existe.</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>linhas</translation>
    </message>
    <message>
        <source>Verifying every table…</source>
        <translation>Conferindo todas as tabelas…</translation>
    </message>
    <message>
        <source>Table %1 differs: %2 rows in the file, %3 on the server.</source>
        <translation>A tabela %1 está diferente: %2 linhas no arquivo, %3 no servidor.</translation>
    </message>
    <message>
        <source>Copied %1 rows into %2 in %3 s%4.</source>
        <translation>%1 linhas copiadas para %2 em %3 s%4.</translation>
    </message>
    <message>
        <source> (continuing an interrupted copy)</source>
        <translation> (continuando uma cópia interrompida)</translation>
    </message>
    <message>
        <source>Verified: %1 tables, %2 rows, counts and checksums equal (%3 s).</source>
        <translation>Conferido: %1 tabelas, %2 linhas, quantidades e somas de verificação iguais (%3 s).</translation>
    </message>
    <message>
        <source>Verification FAILED: the server database differs from the file (see above).</source>
        <translation>A conferência FALHOU: o banco do servidor está diferente do arquivo (veja acima).</translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>Could not update the database to schema %1 (%2). The database was left at schema %3, unchanged.</source>
        <translation>Não foi possível atualizar o banco de dados para o esquema %1 (%2). O banco de dados ficou no esquema %3, sem alterações.</translation>
    </message>
</context>
<context>
    <name>MimeBuilder</name>
    <message>
        <source>The sender address &quot;%1&quot; is not valid; check the e-mail settings.</source>
        <translation>O endereço do remetente &quot;%1&quot; não é válido; verifique as configurações de e-mail.</translation>
    </message>
    <message>
        <source>The message has no recipient.</source>
        <translation>A mensagem não tem destinatário.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid e-mail address.</source>
        <translation>&quot;%1&quot; não é um endereço de e-mail válido.</translation>
    </message>
    <message>
        <source>The message has no valid Message-ID.</source>
        <translation>A mensagem não tem um Message-ID válido.</translation>
    </message>
</context>
<context>
    <name>NotificationService</name>
    <message>
        <source>This notification does not exist.</source>
        <translation>Esta notificação não existe.</translation>
    </message>
</context>
<context>
    <name>OutboxCommand</name>
    <message>
        <source>List, send, retry, cancel or export the e-mails waiting in the outbox.</source>
        <translation>Lista, envia, tenta de novo, cancela ou exporta os e-mails da caixa de saída.</translation>
    </message>
    <message>
        <source>Only messages in this state (%1).</source>
        <translation>Somente mensagens nesta situação (%1).</translation>
    </message>
    <message>
        <source>At most N messages, newest first (default 100).</source>
        <translation>No máximo N mensagens, as mais novas primeiro (padrão 100).</translation>
    </message>
    <message>
        <source>Say list, flush, retry ID, cancel ID or export ID FILE.</source>
        <translation>Informe list, flush, retry ID, cancel ID ou export ID ARQUIVO.</translation>
    </message>
    <message>
        <source>Wrong number of arguments for &quot;outbox %1&quot;.</source>
        <translation>Número errado de argumentos para &quot;outbox %1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a message number.</source>
        <translation>&quot;%1&quot; não é um número de mensagem.</translation>
    </message>
    <message>
        <source>Unknown state &quot;%1&quot;; use one of %2.</source>
        <translation>Situação desconhecida &quot;%1&quot;; use uma de %2.</translation>
    </message>
    <message>
        <source>--limit takes a whole number from 1 to 100000.</source>
        <translation>--limit recebe um número inteiro de 1 a 100000.</translation>
    </message>
    <message>
        <source>Waiting: %1, failed: %2</source>
        <translation>Aguardando: %1, com falha: %2</translation>
    </message>
    <message>
        <source>Message %1 is now %2.</source>
        <translation>A mensagem %1 agora está em %2.</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Não foi possível gravar %1.</translation>
    </message>
    <message>
        <source>Message %1 saved as %2.</source>
        <translation>Mensagem %1 salva como %2.</translation>
    </message>
    <message>
        <source>Sent: %1, to retry later: %2, failed: %3.</source>
        <translation>Enviadas: %1, a tentar de novo: %2, com falha: %3.</translation>
    </message>
</context>
<context>
    <name>OutboxDialog</name>
    <message>
        <source>Outbox</source>
        <translation>Caixa de saída</translation>
    </message>
    <message>
        <source>&amp;Retry now</source>
        <translation>&amp;Tentar agora</translation>
    </message>
    <message>
        <source>&amp;Cancel sending</source>
        <translation>&amp;Cancelar envio</translation>
    </message>
    <message>
        <source>&amp;Open as .eml</source>
        <translation>&amp;Abrir como .eml</translation>
    </message>
    <message>
        <source>&amp;Save as .eml...</source>
        <translation>&amp;Salvar como .eml...</translation>
    </message>
    <message>
        <source>R&amp;efresh</source>
        <translation>At&amp;ualizar</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>&amp;Fechar</translation>
    </message>
</context>
<context>
    <name>OutboxStore</name>
    <message>
        <source>The e-mail needs a subject.</source>
        <translation>O e-mail precisa de um assunto.</translation>
    </message>
    <message>
        <source>The e-mail could not be queued.</source>
        <translation>Não foi possível colocar o e-mail na fila.</translation>
    </message>
    <message>
        <source>The outbox could not be read.</source>
        <translation>Não foi possível ler a caixa de saída.</translation>
    </message>
    <message>
        <source>The outbox could not be updated.</source>
        <translation>Não foi possível atualizar a caixa de saída.</translation>
    </message>
    <message>
        <source>Message %1 was already sent or is being sent; it cannot be retried.</source>
        <translation>A mensagem %1 já foi enviada ou está sendo enviada; não é possível tentar de novo.</translation>
    </message>
    <message>
        <source>Message %1 was already sent, cancelled or is being sent; it cannot be cancelled.</source>
        <translation>A mensagem %1 já foi enviada, cancelada ou está sendo enviada; não é possível cancelá-la.</translation>
    </message>
    <message>
        <source>There is no message %1 in the outbox.</source>
        <translation>Não há mensagem %1 na caixa de saída.</translation>
    </message>
</context>
<context>
    <name>PasswordHasher</name>
    <message>
        <source>The password could not be protected. Restart the program.</source>
        <translation>Não foi possível proteger a senha. Reinicie o programa.</translation>
    </message>
    <message>
        <source>The password could not be protected: the computer is short of memory. Close other programs and try again.</source>
        <translation>Não foi possível proteger a senha: falta memória no computador. Feche outros programas e tente de novo.</translation>
    </message>
    <message numerus="yes">
        <source>The password must have at least %n characters.</source>
        <translation>
            <numerusform>A senha deve ter pelo menos %n caractere.</numerusform>
            <numerusform>A senha deve ter pelo menos %n caracteres.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The password is too long: use at most %n characters.</source>
        <translation>
            <numerusform>A senha é longa demais: use no máximo %n caractere.</numerusform>
            <numerusform>A senha é longa demais: use no máximo %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>The password must not be the same as the login. Choose another one.</source>
        <translation>A senha não pode ser igual ao login. Escolha outra.</translation>
    </message>
</context>
<context>
    <name>PermissionCatalog</name>
    <message>
        <source>View tickets</source>
        <translation>Ver atendimentos</translation>
    </message>
    <message>
        <source>Create tickets</source>
        <translation>Criar atendimentos</translation>
    </message>
    <message>
        <source>Edit tickets</source>
        <translation>Editar atendimentos</translation>
    </message>
    <message>
        <source>Change ticket status</source>
        <translation>Alterar a situação de atendimentos</translation>
    </message>
    <message>
        <source>Reply to tickets</source>
        <translation>Responder atendimentos</translation>
    </message>
    <message>
        <source>Clone tickets</source>
        <translation>Clonar atendimentos</translation>
    </message>
    <message>
        <source>Supervise tickets (supervisor analysis)</source>
        <translation>Supervisionar atendimentos (Análise de Supervisão)</translation>
    </message>
    <message>
        <source>Change tickets in bulk</source>
        <translation>Alterar atendimentos em lote</translation>
    </message>
    <message>
        <source>Cancel tickets</source>
        <translation>Cancelar atendimentos</translation>
    </message>
    <message>
        <source>View customers</source>
        <translation>Ver clientes</translation>
    </message>
    <message>
        <source>Edit customers</source>
        <translation>Editar clientes</translation>
    </message>
    <message>
        <source>Merge customers</source>
        <translation>Unificar clientes</translation>
    </message>
    <message>
        <source>Anonymise customers (LGPD)</source>
        <translation>Anonimizar clientes (LGPD)</translation>
    </message>
    <message>
        <source>See personal data (CPF/CNPJ, phones, e-mails)</source>
        <translation>Ver dados pessoais (CPF/CNPJ, telefones, e-mails)</translation>
    </message>
    <message>
        <source>Handle calls</source>
        <translation>Atender ligações</translation>
    </message>
    <message>
        <source>View reports and the dashboard</source>
        <translation>Ver relatórios e o painel</translation>
    </message>
    <message>
        <source>View the change history</source>
        <translation>Ver o histórico de alterações</translation>
    </message>
    <message>
        <source>Edit the on-call roster</source>
        <translation>Editar a escala de plantão</translation>
    </message>
    <message>
        <source>Administer users</source>
        <translation>Administrar usuários</translation>
    </message>
    <message>
        <source>Administer access profiles</source>
        <translation>Administrar perfis de acesso</translation>
    </message>
    <message>
        <source>Configure the workflow</source>
        <translation>Configurar o workflow</translation>
    </message>
    <message>
        <source>Configure e-mail</source>
        <translation>Configurar o e-mail</translation>
    </message>
    <message>
        <source>Change system settings</source>
        <translation>Alterar as configurações do sistema</translation>
    </message>
    <message>
        <source>Receive property captures</source>
        <translation>Receber captações de imóveis</translation>
    </message>
</context>
<context>
    <name>ProgressBar</name>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
</context>
<context>
    <name>ProtocolMailQueue</name>
    <message>
        <source>The customer has no e-mail address and no receptionist address is set, so the protocol e-mail cannot be sent.</source>
        <translation>O cliente não tem endereço de e-mail e não há endereço da recepção configurado, então o e-mail de protocolo não pode ser enviado.</translation>
    </message>
</context>
<context>
    <name>ProtocolService</name>
    <message>
        <source>Could not register the contact&apos;s protocol. Try again; if it keeps failing, tell the administrator.</source>
        <translation>Não foi possível registrar o protocolo do contato. Tente de novo; se continuar falhando, avise o administrador.</translation>
    </message>
    <message>
        <source>Unknown contact channel &quot;%1&quot;. Use phone, email, chatbot, portal or internal.</source>
        <translation>Canal de contato desconhecido &quot;%1&quot;. Use phone, email, chatbot, portal ou internal.</translation>
    </message>
    <message>
        <source>This workstation&apos;s code &quot;%1&quot; cannot be used in protocol numbers: use 1 to 4 letters or digits (Settings, workstation code).</source>
        <translation>O código desta estação &quot;%1&quot; não pode ser usado nos protocolos: use de 1 a 4 letras ou dígitos (Configurações, código da estação).</translation>
    </message>
    <message>
        <source>No contact has the protocol %1.</source>
        <translation>Nenhum contato tem o protocolo %1.</translation>
    </message>
    <message>
        <source>This contact record does not exist.</source>
        <translation>Este registro de contato não existe.</translation>
    </message>
</context>
<context>
    <name>QueueCatalog</name>
    <message>
        <source>All open tickets</source>
        <translation>Todos os abertos</translation>
    </message>
    <message>
        <source>My tickets</source>
        <translation>Meus atendimentos</translation>
    </message>
    <message>
        <source>Next action overdue</source>
        <translation>Próxima ação vencida</translation>
    </message>
    <message>
        <source>Deadline breached</source>
        <translation>Prazo estourado</translation>
    </message>
    <message>
        <source>Deadline within %1 hours</source>
        <translation>Prazo vence em %1 horas</translation>
    </message>
</context>
<context>
    <name>QueueLookups</name>
    <message>
        <source>Could not read the choices of the queue filter.</source>
        <translation>Não foi possível ler as opções do filtro da fila.</translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message>
        <source>&amp;Queues:</source>
        <translation>&amp;Filas:</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>Filas</translation>
    </message>
    <message>
        <source>&amp;Save filter…</source>
        <translation>&amp;Salvar filtro…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>E&amp;xcluir</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Situação:</translation>
    </message>
    <message>
        <source>S&amp;ector:</source>
        <translation>S&amp;etor:</translation>
    </message>
    <message>
        <source>&amp;Responsible:</source>
        <translation>&amp;Responsável:</translation>
    </message>
    <message>
        <source>Su&amp;bject:</source>
        <translation>&amp;Assunto:</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>&amp;Prioridade:</translation>
    </message>
    <message>
        <source>Older &amp;than:</source>
        <translation>&amp;Mais antigo que:</translation>
    </message>
    <message>
        <source>any age</source>
        <translation>qualquer idade</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Open &amp;only</source>
        <translation>Somente a&amp;bertos</translation>
    </message>
    <message>
        <source>Next action o&amp;verdue</source>
        <translation>Próxima ação &amp;vencida</translation>
    </message>
    <message>
        <source>Deadline &amp;breached</source>
        <translation>Prazo es&amp;tourado</translation>
    </message>
    <message>
        <source>Deadline &amp;within:</source>
        <translation>Prazo &amp;vence em:</translation>
    </message>
    <message>
        <source>not filtered</source>
        <translation>sem filtro</translation>
    </message>
    <message>
        <source>Searc&amp;h:</source>
        <translation>Bu&amp;scar:</translation>
    </message>
    <message>
        <source>Words, protocol or CPF/CNPJ; Enter narrows the queue to the tickets found</source>
        <translation>Palavras, protocolo ou CPF/CNPJ; Enter mostra na fila só os atendimentos encontrados</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>&amp;Limpar filtros</translation>
    </message>
    <message>
        <source>Tickets of the queue</source>
        <translation>Atendimentos da fila</translation>
    </message>
</context>
<context>
    <name>RecordConflict</name>
    <message>
        <source>Choose which version to keep for: %1.</source>
        <translation>Escolha qual versão manter em: %1.</translation>
    </message>
</context>
<context>
    <name>ReminderQuery</name>
    <message>
        <source>Could not read the reminders.</source>
        <translation>Não foi possível ler os lembretes.</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>Print a dashboard figure for a period, or write it as CSV (acting as --user).</source>
        <translation>Mostra um número do painel em um período, ou grava em CSV (agindo como --user).</translation>
    </message>
    <message>
        <source>KIND is one of: %1. volume: contacts per day and channel; backlog: open tickets per status and sector; breaches: deadlines of the period missed, per sector; agents and sectors: tickets opened, average first response and resolution in minutes; short-calls: calls under 5 minutes that did not become a ticket, per agent. Days are local (UTC-3), both ends included. --csv writes a file for a spreadsheet (UTF-8 with BOM, &apos;;&apos;). Needs report.view; runs as --user or ATENDE_USER with the password in ATENDE_PASSWORD.</source>
        <translation>KIND é um de: %1. volume: contatos por dia e canal; backlog: atendimentos abertos por situação e setor; breaches: prazos do período perdidos, por setor; agents e sectors: atendimentos abertos no período, média de primeira resposta e de resolução em minutos; short-calls: ligações de menos de 5 minutos que não viraram atendimento, por agente. Os dias são locais (UTC-3), incluindo as duas pontas. --csv grava um arquivo para planilha (UTF-8 com BOM, &apos;;&apos;). Exige report.view; roda como --user ou ATENDE_USER com a senha em ATENDE_PASSWORD.</translation>
    </message>
    <message>
        <source>First day (yyyy-MM-dd).</source>
        <translation>Primeiro dia (aaaa-MM-dd).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATA</translation>
    </message>
    <message>
        <source>Last day (yyyy-MM-dd).</source>
        <translation>Último dia (aaaa-MM-dd).</translation>
    </message>
    <message>
        <source>Only this sector (id).</source>
        <translation>Somente este setor (número).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>NÚMERO</translation>
    </message>
    <message>
        <source>Write the table to FILE as CSV.</source>
        <translation>Grava a tabela em ARQUIVO como CSV.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARQUIVO</translation>
    </message>
    <message>
        <source>Say which report: one of %1.</source>
        <translation>Diga qual relatório: um de %1.</translation>
    </message>
    <message>
        <source>--from and --to take dates written as yyyy-MM-dd, for example 2026-11-01.</source>
        <translation>--from e --to recebem datas escritas como aaaa-MM-dd, por exemplo 2026-11-01.</translation>
    </message>
    <message>
        <source>--sector takes the number of a sector.</source>
        <translation>--sector recebe o número de um setor.</translation>
    </message>
    <message>
        <source>Could not write %1. Check the folder exists and you may write there.</source>
        <translation>Não foi possível gravar %1. Verifique se a pasta existe e se você pode gravar nela.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) written to %1.</source>
        <translation>
            <numerusform>%Ln linha gravada em %1. | %Ln linhas gravadas em %1.</numerusform>
            <numerusform>%Ln linha gravada em %1. | %Ln linhas gravadas em %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing in this period.</source>
        <translation>Nada neste período.</translation>
    </message>
</context>
<context>
    <name>ReportTable</name>
    <message>
        <source>Day</source>
        <translation>Dia</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contatos</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Setor</translation>
    </message>
    <message>
        <source>Open tickets</source>
        <translation>Atendimentos abertos</translation>
    </message>
    <message>
        <source>Deadlines missed</source>
        <translation>Prazos perdidos</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsável</translation>
    </message>
    <message>
        <source>Tickets opened</source>
        <translation>Atendimentos abertos no período</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Respondidos</translation>
    </message>
    <message>
        <source>First response (min)</source>
        <translation>Primeira resposta (min)</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resolvidos</translation>
    </message>
    <message>
        <source>Resolution (min)</source>
        <translation>Resolução (min)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nenhum)</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <source>Calls under 5 minutes without ticket</source>
        <translation>Ligações de menos de 5 minutos sem atendimento</translation>
    </message>
</context>
<context>
    <name>RestoreCommand</name>
    <message>
        <source>Replace the database with the backup IN.</source>
        <translation>Substitui o banco de dados pela cópia IN.</translation>
    </message>
    <message>
        <source>Replaces the contents of the database with the backup IN. The backup must be a healthy Atende database that is not newer than this program; otherwise nothing changes. The current contents are first saved next to the database (FILE.before-restore-DATE.bak), and a backup from an older Atende is brought to the current schema. Close Atende on this workstation first.</source>
        <translation>Substitui o conteúdo do banco de dados pela cópia IN. A cópia deve ser um banco do Atende íntegro e não mais novo que este programa; caso contrário, nada muda. O conteúdo atual é salvo antes ao lado do banco (ARQUIVO.before-restore-DATA.bak), e uma cópia de um Atende mais antigo é levada ao esquema atual. Feche o Atende nesta estação antes.</translation>
    </message>
    <message>
        <source>%1 is not an Atende database. Nothing was restored.</source>
        <translation>%1 não é um banco de dados do Atende. Nada foi restaurado.</translation>
    </message>
    <message>
        <source>The backup %1 is damaged and was not restored.</source>
        <translation>A cópia de segurança %1 está danificada e não foi restaurada.</translation>
    </message>
    <message>
        <source>Say which backup file to restore.</source>
        <translation>Informe qual cópia de segurança restaurar.</translation>
    </message>
    <message>
        <source>&quot;restore&quot; takes one file name.</source>
        <translation>&quot;restore&quot; recebe um nome de arquivo.</translation>
    </message>
    <message>
        <source>The backup file %1 does not exist.</source>
        <translation>O arquivo de cópia de segurança %1 não existe.</translation>
    </message>
    <message>
        <source>%1 is the database itself; choose a backup file to restore.</source>
        <translation>%1 é o próprio banco de dados; escolha um arquivo de cópia para restaurar.</translation>
    </message>
    <message>
        <source>Could not create a work folder next to %1. Check the free space and that you may write there.</source>
        <translation>Não foi possível criar uma pasta de trabalho ao lado de %1. Verifique o espaço livre e se você tem permissão de gravação.</translation>
    </message>
    <message>
        <source>Restored %1 from %2 (schema %3).</source>
        <translation>%1 restaurado a partir de %2 (esquema %3).</translation>
    </message>
    <message>
        <source>Updated the restored database from schema %1 to %2.</source>
        <translation>Banco restaurado atualizado do esquema %1 para o %2.</translation>
    </message>
    <message>
        <source>The previous contents were saved as %1.</source>
        <translation>O conteúdo anterior foi salvo como %1.</translation>
    </message>
    <message>
        <source>atendectl restores database files only. Restore a PostgreSQL server with its own tools (pg_restore; admin guide).</source>
        <translation>O atendectl restaura apenas arquivos de banco de dados. Restaure um servidor PostgreSQL com as ferramentas dele (pg_restore; guia do administrador).</translation>
    </message>
</context>
<context>
    <name>RosterService</name>
    <message>
        <source>Could not read or change the on-call roster. Try again; if it keeps failing, check the database (atendectl check).</source>
        <translation>Não foi possível ler ou alterar o plantão. Tente de novo; se continuar falhando, verifique o banco de dados (atendectl check).</translation>
    </message>
    <message>
        <source>Choose who is on duty.</source>
        <translation>Escolha quem fica de plantão.</translation>
    </message>
    <message>
        <source>Choose a weekday.</source>
        <translation>Escolha um dia da semana.</translation>
    </message>
    <message>
        <source>Times go from 00:00 to 24:00.</source>
        <translation>Os horários vão de 00:00 a 24:00.</translation>
    </message>
    <message>
        <source>The shift must end at another time than it starts.</source>
        <translation>O plantão deve terminar em um horário diferente do início.</translation>
    </message>
    <message>
        <source>Choose the day of the exception.</source>
        <translation>Escolha o dia da exceção.</translation>
    </message>
    <message>
        <source>An exception starts and ends within its day (00:00 to 24:00), ending after it starts.</source>
        <translation>Uma exceção começa e termina no mesmo dia (00:00 a 24:00), terminando depois de começar.</translation>
    </message>
    <message>
        <source>Could not save the on-call slot.</source>
        <translation>Não foi possível salvar o horário de plantão.</translation>
    </message>
    <message>
        <source>This roster entry no longer exists. Refresh the list.</source>
        <translation>Este item do plantão não existe mais. Atualize a lista.</translation>
    </message>
    <message>
        <source>Could not remove the roster entry.</source>
        <translation>Não foi possível remover o item do plantão.</translation>
    </message>
    <message>
        <source>Could not save the roster exception.</source>
        <translation>Não foi possível salvar a exceção do plantão.</translation>
    </message>
</context>
<context>
    <name>SavedQueueFilterService</name>
    <message>
        <source>Could not read or save the queue filters. Try again; if it keeps failing, check the database (atendectl check).</source>
        <translation>Não foi possível ler ou salvar os filtros de fila. Tente de novo; se continuar falhando, verifique o banco de dados (atendectl check).</translation>
    </message>
    <message>
        <source>Give the filter a name of 1 to %1 characters.</source>
        <translation>Dê ao filtro um nome de 1 a %1 caracteres.</translation>
    </message>
    <message>
        <source>Could not save the queue filter.</source>
        <translation>Não foi possível salvar o filtro da fila.</translation>
    </message>
    <message>
        <source>This queue filter no longer exists. Refresh the list.</source>
        <translation>Este filtro de fila não existe mais. Atualize a lista.</translation>
    </message>
    <message>
        <source>Could not delete the queue filter.</source>
        <translation>Não foi possível excluir o filtro da fila.</translation>
    </message>
</context>
<context>
    <name>SearchCommand</name>
    <message>
        <source>Search tickets, customers and articles by any word (acting as --user).</source>
        <translation>Pesquisar atendimentos, clientes e artigos por qualquer palavra (agindo como --user).</translation>
    </message>
    <message>
        <source>Finds tickets (with the text of their interactions), customers and knowledge-base articles by any word, accents and case ignored; the last word is a prefix. A protocol or a CPF/CNPJ typed in full comes first. --limit N results per group (default 20). Runs as the user given by --user or ATENDE_USER, with the password in ATENDE_PASSWORD.</source>
        <translation>Encontra atendimentos (com o texto das interações), clientes e artigos da base de conhecimento por qualquer palavra, sem diferença de acentos e maiúsculas; a última palavra vale como início. Um protocolo ou CPF/CNPJ digitado por inteiro vem primeiro. --limit N resultados por grupo (padrão 20). Roda como o usuário dado por --user ou ATENDE_USER, com a senha em ATENDE_PASSWORD.</translation>
    </message>
    <message>
        <source>At most N results per group (default 20).</source>
        <translation>No máximo N resultados por grupo (padrão 20).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Say what to search for.</source>
        <translation>Diga o que pesquisar.</translation>
    </message>
    <message>
        <source>--limit takes a number from 1 to %1.</source>
        <translation>--limit recebe um número de 1 a %1.</translation>
    </message>
    <message>
        <source>Exact match:</source>
        <translation>Correspondência exata:</translation>
    </message>
    <message>
        <source>Tickets:</source>
        <translation>Atendimentos:</translation>
    </message>
    <message>
        <source>Customers:</source>
        <translation>Clientes:</translation>
    </message>
    <message>
        <source>Articles:</source>
        <translation>Artigos:</translation>
    </message>
    <message>
        <source>Nothing found for &quot;%1&quot;.</source>
        <translation>Nada encontrado para &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>SearchIndex</name>
    <message>
        <source>The search index could not be updated.</source>
        <translation>Não foi possível atualizar o índice de pesquisa.</translation>
    </message>
</context>
<context>
    <name>SearchService</name>
    <message>
        <source>The search could not be run. Try again.</source>
        <translation>Não foi possível fazer a pesquisa. Tente de novo.</translation>
    </message>
</context>
<context>
    <name>SearchWindow</name>
    <message>
        <source>Search everything</source>
        <translation>Buscar em tudo</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <source>Any words, a protocol, a CPF or CNPJ (with or without mask)</source>
        <translation>Quaisquer palavras, um protocolo, um CPF ou CNPJ (com ou sem máscara)</translation>
    </message>
    <message>
        <source>↓ goes to the results · Enter opens · Esc closes</source>
        <translation>↓ vai para os resultados · Enter abre · Esc fecha</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fechar</translation>
    </message>
</context>
<context>
    <name>ServerConnectionDialog</name>
    <message>
        <source>Connect to the team&apos;s server</source>
        <translation>Conectar ao servidor da equipe</translation>
    </message>
    <message>
        <source>The team shares one PostgreSQL database. Ask the administrator for these values (admin guide, &quot;Team mode&quot;).</source>
        <translation>A equipe compartilha um banco de dados PostgreSQL. Peça estes dados ao administrador (guia do administrador, &quot;Modo equipe&quot;).</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <source>db.empresa.local</source>
        <translation>db.empresa.local</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Porta:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Banco de dados:</translation>
    </message>
    <message>
        <source>atende</source>
        <translation>atende</translation>
    </message>
    <message>
        <source>&amp;Database user:</source>
        <translation>&amp;Usuário do banco:</translation>
    </message>
    <message>
        <source>atende_app</source>
        <translation>atende_app</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Se&amp;nha:</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>&amp;Criptografia:</translation>
    </message>
    <message>
        <source>&amp;Keep the password in the system keyring</source>
        <translation>&amp;Guardar a senha no chaveiro do sistema</translation>
    </message>
</context>
<context>
    <name>ServerLocation</name>
    <message>
        <source>%1 is not a PostgreSQL address. Use postgresql://user@server:5432/database.</source>
        <translation>%1 não é um endereço PostgreSQL. Use postgresql://usuario@servidor:5432/banco.</translation>
    </message>
    <message>
        <source>The address %1 does not name a database. Use postgresql://user@server:5432/database.</source>
        <translation>O endereço %1 não indica um banco de dados. Use postgresql://usuario@servidor:5432/banco.</translation>
    </message>
    <message>
        <source>The database address has an unknown option “%1”. Known options: %2.</source>
        <translation>O endereço do banco de dados tem uma opção desconhecida “%1”. Opções conhecidas: %2.</translation>
    </message>
</context>
<context>
    <name>ServerMigration</name>
    <message>
        <source>migrate-to copies an SQLite database file into a PostgreSQL server: give the file with --db and the server as postgresql://…</source>
        <translation>migrate-to copia um arquivo de banco SQLite para um servidor PostgreSQL: indique o arquivo com --db e o servidor como postgresql://…</translation>
    </message>
    <message>
        <source>The file is at schema %1 and the server database at schema %2. Update both with this version of Atende first (atendectl migrate).</source>
        <translation>O arquivo está no esquema %1 e o banco do servidor no esquema %2. Atualize os dois com esta versão do Atende antes (atendectl migrate).</translation>
    </message>
    <message>
        <source>Could not read the server database&apos;s tables.</source>
        <translation>Não foi possível ler as tabelas do banco do servidor.</translation>
    </message>
    <message>
        <source>The server database&apos;s tables refer to each other in a cycle; they cannot be copied in order.</source>
        <translation>As tabelas do banco do servidor se referem umas às outras em ciclo; não é possível copiá-las em ordem.</translation>
    </message>
    <message>
        <source>Could not prepare the server database for the copy.</source>
        <translation>Não foi possível preparar o banco do servidor para a cópia.</translation>
    </message>
    <message>
        <source>This server database is being filled from another file (%1). Finish that copy, or use a new, empty server database.</source>
        <translation>Este banco do servidor está sendo preenchido a partir de outro arquivo (%1). Termine aquela cópia ou use um banco novo e vazio no servidor.</translation>
    </message>
    <message>
        <source>The server database already holds a team&apos;s data (table %1 is not empty). migrate-to only fills a new database; nothing was changed.</source>
        <translation>O banco do servidor já tem dados de uma equipe (a tabela %1 não está vazia). O migrate-to só preenche um banco novo; nada foi alterado.</translation>
    </message>
    <message>
        <source>Could not count the rows of %1.</source>
        <translation>Não foi possível contar as linhas de %1.</translation>
    </message>
    <message>
        <source>Could not read the copy&apos;s progress.</source>
        <translation>Não foi possível ler o andamento da cópia.</translation>
    </message>
    <message>
        <source>The copy was interrupted. Run the same command again to continue where it stopped.</source>
        <translation>A cópia foi interrompida. Execute o mesmo comando de novo para continuar de onde parou.</translation>
    </message>
    <message>
        <source>Could not read %1 from the file.</source>
        <translation>Não foi possível ler %1 do arquivo.</translation>
    </message>
    <message>
        <source>Could not write %1 into the server database.</source>
        <translation>Não foi possível gravar %1 no banco do servidor.</translation>
    </message>
    <message>
        <source>Could not record the copy&apos;s progress.</source>
        <translation>Não foi possível registrar o andamento da cópia.</translation>
    </message>
    <message>
        <source>Could not read %1 to verify it.</source>
        <translation>Não foi possível ler %1 para conferir.</translation>
    </message>
</context>
<context>
    <name>ServiceOrderService</name>
    <message>
        <source>Type the service order&apos;s number.</source>
        <translation>Digite o número da O.S.</translation>
    </message>
    <message>
        <source>The service order %1 is already registered.</source>
        <translation>A O.S. %1 já está cadastrada.</translation>
    </message>
    <message>
        <source>Could not save the service order.</source>
        <translation>Não foi possível salvar a O.S.</translation>
    </message>
    <message>
        <source>Unknown service order status &quot;%1&quot;: use open, in_progress, released or cancelled.</source>
        <translation>Situação de O.S. desconhecida &quot;%1&quot;: use open, in_progress, released ou cancelled.</translation>
    </message>
    <message>
        <source>Say in which version the service order was released.</source>
        <translation>Informe em qual versão a O.S. foi liberada.</translation>
    </message>
    <message>
        <source>This service order does not exist.</source>
        <translation>Esta O.S. não existe.</translation>
    </message>
</context>
<context>
    <name>SmtpClient</name>
    <message>
        <source>The server at %1:%2 does not speak SMTP as expected. Check the port and the security mode.</source>
        <translation>O servidor em %1:%2 não responde em SMTP como esperado. Verifique a porta e o modo de segurança.</translation>
    </message>
    <message>
        <source>The mail server&apos;s certificate was refused: %1. If this server really uses its own certificate, an administrator can pin its SHA-256 fingerprint in the e-mail settings.</source>
        <translation>O certificado do servidor de e-mail foi recusado: %1. Se este servidor usa mesmo um certificado próprio, um administrador pode fixar a impressão digital SHA-256 dele nas configurações de e-mail.</translation>
    </message>
    <message>
        <source>The mail server &quot;%1&quot; was not found (DNS). Check the server name in the e-mail settings and the network connection.</source>
        <translation>O servidor de e-mail &quot;%1&quot; não foi encontrado (DNS). Verifique o nome do servidor nas configurações de e-mail e a conexão de rede.</translation>
    </message>
    <message>
        <source>The mail server %1 refused the connection on port %2. Check the port, or whether the server is running; messages stay in the outbox and are tried again later.</source>
        <translation>O servidor de e-mail %1 recusou a conexão na porta %2. Verifique a porta ou se o servidor está no ar; as mensagens ficam na caixa de saída e serão tentadas de novo mais tarde.</translation>
    </message>
    <message>
        <source>The mail server %1 did not answer in time (%2). It will be tried again later.</source>
        <translation>O servidor de e-mail %1 não respondeu a tempo (%2). Será tentado de novo mais tarde.</translation>
    </message>
    <message>
        <source>The secure connection (TLS) to %1 failed: %2. Check the security mode and the port.</source>
        <translation>A conexão segura (TLS) com %1 falhou: %2. Verifique o modo de segurança e a porta.</translation>
    </message>
    <message>
        <source>The connection to the mail server %1 was lost (%2). It will be tried again later.</source>
        <translation>A conexão com o servidor de e-mail %1 caiu (%2). Será tentado de novo mais tarde.</translation>
    </message>
    <message>
        <source>The mail server refused the user or password (%1).</source>
        <translation>O servidor de e-mail recusou o usuário ou a senha (%1).</translation>
    </message>
    <message>
        <source>The mail server refused the sender address (%1).</source>
        <translation>O servidor de e-mail recusou o endereço do remetente (%1).</translation>
    </message>
    <message>
        <source>The mail server cannot take the recipient now (%1); it will be tried again later.</source>
        <translation>O servidor de e-mail não pode aceitar o destinatário agora (%1); será tentado de novo mais tarde.</translation>
    </message>
    <message>
        <source>The mail server refused the recipient (%1).</source>
        <translation>O servidor de e-mail recusou o destinatário (%1).</translation>
    </message>
    <message>
        <source>The mail server cannot take the message now (%1); it will be tried again later.</source>
        <translation>O servidor de e-mail não pode aceitar a mensagem agora (%1); será tentado de novo mais tarde.</translation>
    </message>
    <message>
        <source>The mail server refused the message (%1).</source>
        <translation>O servidor de e-mail recusou a mensagem (%1).</translation>
    </message>
    <message>
        <source>The mail server is not taking mail now (%1); it will be tried again later.</source>
        <translation>O servidor de e-mail não está aceitando mensagens agora (%1); será tentado de novo mais tarde.</translation>
    </message>
    <message>
        <source>The mail server could not start a secure connection (%1).</source>
        <translation>O servidor de e-mail não conseguiu iniciar uma conexão segura (%1).</translation>
    </message>
    <message>
        <source>The mail server answered something unexpected (%1).</source>
        <translation>O servidor de e-mail respondeu algo inesperado (%1).</translation>
    </message>
    <message>
        <source>the certificate does not match the pinned fingerprint (server presents %1)</source>
        <translation>o certificado não corresponde à impressão digital fixada (o servidor apresenta %1)</translation>
    </message>
    <message>
        <source>The mail server and port are not set in the e-mail settings.</source>
        <translation>O servidor de e-mail e a porta não estão definidos nas configurações de e-mail.</translation>
    </message>
    <message>
        <source>A user and password are never sent without encryption: choose TLS or STARTTLS, or remove the user for a local relay.</source>
        <translation>Usuário e senha nunca são enviados sem criptografia: escolha TLS ou STARTTLS, ou remova o usuário para um relay local.</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>ao conectar</translation>
    </message>
    <message>
        <source>TLS handshake</source>
        <translation>negociação TLS</translation>
    </message>
    <message>
        <source>greeting</source>
        <translation>saudação do servidor</translation>
    </message>
    <message>
        <source>The mail server %1 does not offer STARTTLS, so the message would travel unencrypted. Choose another port or security mode.</source>
        <translation>O servidor de e-mail %1 não oferece STARTTLS, então a mensagem viajaria sem criptografia. Escolha outra porta ou outro modo de segurança.</translation>
    </message>
    <message>
        <source>A password is never sent without encryption.</source>
        <translation>Uma senha nunca é enviada sem criptografia.</translation>
    </message>
    <message>
        <source>The mail server offers no sign-in method Atende supports (PLAIN or LOGIN).</source>
        <translation>O servidor de e-mail não oferece nenhum método de autenticação que o Atende suporte (PLAIN ou LOGIN).</translation>
    </message>
    <message>
        <source>The sender address &quot;%1&quot; is not valid; check the e-mail settings.</source>
        <translation>O endereço do remetente &quot;%1&quot; não é válido; verifique as configurações de e-mail.</translation>
    </message>
    <message>
        <source>The message has no recipient.</source>
        <translation>A mensagem não tem destinatário.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid e-mail address.</source>
        <translation>&quot;%1&quot; não é um endereço de e-mail válido.</translation>
    </message>
    <message>
        <source>sending the message</source>
        <translation>ao enviar a mensagem</translation>
    </message>
    <message>
        <source>waiting for the server to accept the message</source>
        <translation>aguardando o servidor aceitar a mensagem</translation>
    </message>
</context>
<context>
    <name>SmtpSettingsDialog</name>
    <message>
        <source>E-mail settings</source>
        <translation>Configurações de e-mail</translation>
    </message>
    <message>
        <source>Mail &amp;server:</source>
        <translation>&amp;Servidor de e-mail:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Porta:</translation>
    </message>
    <message>
        <source>S&amp;ecurity:</source>
        <translation>S&amp;egurança:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Usuário:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Se&amp;nha:</translation>
    </message>
    <message>
        <source>Sender &amp;address:</source>
        <translation>&amp;Endereço do remetente:</translation>
    </message>
    <message>
        <source>Sender &amp;name:</source>
        <translation>&amp;Nome do remetente:</translation>
    </message>
    <message>
        <source>Pinned certificate (SHA-256):</source>
        <translation>Certificado fixado (SHA-256):</translation>
    </message>
    <message>
        <source>Only for a server with its own certificate</source>
        <translation>Somente para servidor com certificado próprio</translation>
    </message>
    <message>
        <source>Send a test &amp;to:</source>
        <translation>Enviar teste &amp;para:</translation>
    </message>
    <message>
        <source>Send &amp;test e-mail</source>
        <translation>Enviar e-mail de &amp;teste</translation>
    </message>
    <message>
        <source>Trust &amp;this certificate</source>
        <translation>Confiar &amp;neste certificado</translation>
    </message>
</context>
<context>
    <name>TicketCommand</name>
    <message>
        <source>Create, show, list and update tickets as a user (create prints the protocol).</source>
        <translation>Cria, mostra, lista e altera atendimentos como um usuário (create mostra o protocolo).</translation>
    </message>
    <message>
        <source>ticket create --subject ID --title TEXT [--sub-subject ID] [--description TEXT] [--customer ID] [--channel phone|email|chatbot|portal|internal] [--urgency 1-3] [--impact 1-3] [--sector ID] [--kind KIND]
ticket show PROTOCOL
ticket list [--status CODE] [--limit N]
ticket status PROTOCOL STATUS_CODE [--solution TEXT] [--comment TEXT]
ticket comment PROTOCOL TEXT [--visible] [--record --channel CHANNEL]
Every subcommand needs --user LOGIN, with the password in the ATENDE_PASSWORD environment variable. The same rules as the ticket screen apply: permissions of the user&apos;s profile, the subject&apos;s mandatory fields and the workflow.</source>
        <translation>ticket create --subject ID --title TEXTO [--sub-subject ID] [--description TEXTO] [--customer ID] [--channel phone|email|chatbot|portal|internal] [--urgency 1-3] [--impact 1-3] [--sector ID] [--kind TIPO]
ticket show PROTOCOLO
ticket list [--status CÓDIGO] [--limit N]
ticket status PROTOCOLO CÓDIGO_SITUAÇÃO [--solution TEXTO] [--comment TEXTO]
ticket comment PROTOCOLO TEXTO [--visible] [--record --channel CANAL]
Toda ação precisa de --user LOGIN, com a senha na variável de ambiente ATENDE_PASSWORD. Valem as mesmas regras da tela de atendimento: permissões do perfil do usuário, campos obrigatórios do assunto e o fluxo de trabalho.</translation>
    </message>
    <message>
        <source>Act as this user (password in ATENDE_PASSWORD).</source>
        <translation>Age como este usuário (senha em ATENDE_PASSWORD).</translation>
    </message>
    <message>
        <source>Subject id.</source>
        <translation>Id do assunto.</translation>
    </message>
    <message>
        <source>Sub-subject id.</source>
        <translation>Id do subassunto.</translation>
    </message>
    <message>
        <source>Title of the ticket.</source>
        <translation>Título do atendimento.</translation>
    </message>
    <message>
        <source>Description of the ticket.</source>
        <translation>Descrição do atendimento.</translation>
    </message>
    <message>
        <source>Customer id.</source>
        <translation>Id do cliente.</translation>
    </message>
    <message>
        <source>Channel of the contact or of the record.</source>
        <translation>Canal do contato ou do registro.</translation>
    </message>
    <message>
        <source>Urgency, 1 (high) to 3 (low).</source>
        <translation>Urgência, de 1 (alta) a 3 (baixa).</translation>
    </message>
    <message>
        <source>Impact, 1 (high) to 3 (low).</source>
        <translation>Impacto, de 1 (alto) a 3 (baixo).</translation>
    </message>
    <message>
        <source>Sector id (default: the subject&apos;s).</source>
        <translation>Id do setor (padrão: o do assunto).</translation>
    </message>
    <message>
        <source>incident, problem, request or question.</source>
        <translation>incident, problem, request ou question.</translation>
    </message>
    <message>
        <source>Solution (required to resolve).</source>
        <translation>Solução (obrigatória para resolver).</translation>
    </message>
    <message>
        <source>Internal comment recorded with the status change.</source>
        <translation>Comentário interno registrado com a mudança de situação.</translation>
    </message>
    <message>
        <source>Only tickets in this status (code, e.g. pending).</source>
        <translation>Só atendimentos nesta situação (código, ex.: pending).</translation>
    </message>
    <message>
        <source>How many tickets to list (default 20).</source>
        <translation>Quantos atendimentos listar (padrão 20).</translation>
    </message>
    <message>
        <source>The comment is visible to the customer.</source>
        <translation>O comentário fica visível para o cliente.</translation>
    </message>
    <message>
        <source>The comment is an interaction record of --channel (e.g. a phone call).</source>
        <translation>O comentário é um registro de interação do --channel (ex.: uma ligação).</translation>
    </message>
    <message>
        <source>Say what to do: create, show, list, status or comment.</source>
        <translation>Diga o que fazer: create, show, list, status ou comment.</translation>
    </message>
    <message>
        <source>Unknown ticket action &quot;%1&quot;: use create, show, list, status or comment.</source>
        <translation>Ação de atendimento desconhecida &quot;%1&quot;: use create, show, list, status ou comment.</translation>
    </message>
    <message>
        <source>Say who is acting with --user LOGIN (password in ATENDE_PASSWORD).</source>
        <translation>Diga quem está agindo com --user LOGIN (senha em ATENDE_PASSWORD).</translation>
    </message>
    <message>
        <source>Put the user&apos;s password in the ATENDE_PASSWORD environment variable.</source>
        <translation>Coloque a senha do usuário na variável de ambiente ATENDE_PASSWORD.</translation>
    </message>
    <message>
        <source>&quot;ticket create&quot; takes only options.</source>
        <translation>&quot;ticket create&quot; aceita só opções.</translation>
    </message>
    <message>
        <source>--subject, --sub-subject, --customer and --sector take a number (an id).</source>
        <translation>--subject, --sub-subject, --customer e --sector recebem um número (um id).</translation>
    </message>
    <message>
        <source>--urgency and --impact take 1 (high), 2 or 3 (low).</source>
        <translation>--urgency e --impact recebem 1 (alto), 2 ou 3 (baixo).</translation>
    </message>
    <message>
        <source>&quot;ticket show&quot; takes the ticket&apos;s protocol.</source>
        <translation>&quot;ticket show&quot; recebe o protocolo do atendimento.</translation>
    </message>
    <message>
        <source>Protocol: %1</source>
        <translation>Protocolo: %1</translation>
    </message>
    <message>
        <source>Title: %1</source>
        <translation>Título: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Situação: %1</translation>
    </message>
    <message>
        <source>Customer: %1</source>
        <translation>Cliente: %1</translation>
    </message>
    <message>
        <source>Subject: %1 / %2</source>
        <translation>Assunto: %1 / %2</translation>
    </message>
    <message>
        <source>Sector: %1</source>
        <translation>Setor: %1</translation>
    </message>
    <message>
        <source>Priority: %1</source>
        <translation>Prioridade: %1</translation>
    </message>
    <message>
        <source>Description: %1</source>
        <translation>Descrição: %1</translation>
    </message>
    <message>
        <source>Solution: %1</source>
        <translation>Solução: %1</translation>
    </message>
    <message>
        <source>&quot;ticket list&quot; takes only options.</source>
        <translation>&quot;ticket list&quot; aceita só opções.</translation>
    </message>
    <message>
        <source>--limit takes a number from 1 to 1000.</source>
        <translation>--limit recebe um número de 1 a 1000.</translation>
    </message>
    <message>
        <source>Unknown status &quot;%1&quot;.</source>
        <translation>Situação desconhecida &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;ticket status&quot; takes the protocol and the new status code.</source>
        <translation>&quot;ticket status&quot; recebe o protocolo e o código da nova situação.</translation>
    </message>
    <message>
        <source>Ticket %1 is now %2.</source>
        <translation>O atendimento %1 agora está em %2.</translation>
    </message>
    <message>
        <source>&quot;ticket comment&quot; takes the protocol and the text.</source>
        <translation>&quot;ticket comment&quot; recebe o protocolo e o texto.</translation>
    </message>
    <message>
        <source>Comment added to ticket %1.</source>
        <translation>Comentário adicionado ao atendimento %1.</translation>
    </message>
</context>
<context>
    <name>TicketConflictMerge</name>
    <message>
        <source>(none)</source>
        <translation>(nenhum)</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Média</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Baixa</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incidente</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Solicitação</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Dúvida</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sim</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Não</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vazio)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Urgência</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impacto</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridade</translation>
    </message>
    <message>
        <source>Visible in the portal</source>
        <translation>Visível no portal</translation>
    </message>
    <message>
        <source>Form answers</source>
        <translation>Respostas do formulário</translation>
    </message>
</context>
<context>
    <name>TicketFields</name>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contato</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Setor</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Assunto</translation>
    </message>
    <message>
        <source>Sub-subject</source>
        <translation>Subassunto</translation>
    </message>
    <message>
        <source>Attendance type</source>
        <translation>Tipo de atendimento</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsável</translation>
    </message>
    <message>
        <source>Next action</source>
        <translation>Próxima ação</translation>
    </message>
    <message>
        <source>Service order</source>
        <translation>O.S.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrição</translation>
    </message>
    <message>
        <source>Solution</source>
        <translation>Solução</translation>
    </message>
    <message>
        <source>Fill in the mandatory fields before saving: %1.</source>
        <translation>Preencha os campos obrigatórios antes de salvar: %1.</translation>
    </message>
</context>
<context>
    <name>TicketPageQuery</name>
    <message>
        <source>Could not read the ticket list. Try again; if it keeps failing, check the database (atendectl check).</source>
        <translation>Não foi possível ler a lista de atendimentos. Tente de novo; se continuar falhando, verifique o banco de dados (atendectl check).</translation>
    </message>
</context>
<context>
    <name>TicketService</name>
    <message>
        <source>Unknown ticket kind &quot;%1&quot;: use incident, problem, request or question.</source>
        <translation>Tipo de atendimento desconhecido &quot;%1&quot;: use incident, problem, request ou question.</translation>
    </message>
    <message>
        <source>Urgency and impact go from 1 (high) to 3 (low).</source>
        <translation>Urgência e impacto vão de 1 (alto) a 3 (baixo).</translation>
    </message>
    <message>
        <source>Priority goes from 1 (highest) to 5.</source>
        <translation>A prioridade vai de 1 (mais alta) a 5.</translation>
    </message>
    <message>
        <source>The chosen sub-subject does not exist any more. Choose another one.</source>
        <translation>O subassunto escolhido não existe mais. Escolha outro.</translation>
    </message>
    <message>
        <source>The sub-subject &quot;%1&quot; does not belong to the chosen subject.</source>
        <translation>O subassunto &quot;%1&quot; não pertence ao assunto escolhido.</translation>
    </message>
    <message>
        <source>The chosen subject does not exist any more. Choose another one.</source>
        <translation>O assunto escolhido não existe mais. Escolha outro.</translation>
    </message>
    <message>
        <source>The chosen customer does not exist any more.</source>
        <translation>O cliente escolhido não existe mais.</translation>
    </message>
    <message>
        <source>The chosen contact person does not exist any more.</source>
        <translation>O contato escolhido não existe mais.</translation>
    </message>
    <message>
        <source>The chosen sector does not exist any more.</source>
        <translation>O setor escolhido não existe mais.</translation>
    </message>
    <message>
        <source>The chosen responsible user does not exist any more.</source>
        <translation>O responsável escolhido não existe mais.</translation>
    </message>
    <message>
        <source>The chosen attendance type does not exist any more.</source>
        <translation>O tipo de atendimento escolhido não existe mais.</translation>
    </message>
    <message>
        <source>The chosen service order does not exist any more.</source>
        <translation>A O.S. escolhida não existe mais.</translation>
    </message>
    <message>
        <source>A ticket cannot be its own problem.</source>
        <translation>Um atendimento não pode ser o seu próprio problema.</translation>
    </message>
    <message>
        <source>Incidents can only be linked to a ticket of kind problem.</source>
        <translation>Incidentes só podem ser vinculados a um atendimento do tipo problema.</translation>
    </message>
    <message>
        <source>The workflow has no initial status. Ask the administrator to fix the workflow.</source>
        <translation>O fluxo não tem situação inicial. Peça ao administrador para corrigir o fluxo.</translation>
    </message>
    <message>
        <source>The contact this ticket comes from does not exist any more.</source>
        <translation>O contato de origem deste atendimento não existe mais.</translation>
    </message>
    <message>
        <source>The contact with protocol %1 already has a ticket.</source>
        <translation>O contato com protocolo %1 já tem um atendimento.</translation>
    </message>
    <message>
        <source>Write the text of the answer.</source>
        <translation>Escreva o texto da resposta.</translation>
    </message>
    <message>
        <source>Could not save the ticket. Nothing was changed; try again.</source>
        <translation>Não foi possível salvar o atendimento. Nada foi alterado; tente de novo.</translation>
    </message>
    <message>
        <source>No ticket has the protocol %1.</source>
        <translation>Nenhum atendimento tem o protocolo %1.</translation>
    </message>
    <message>
        <source>This ticket was handled by phone: add an interaction record of the phone call (what was said) before moving it to &quot;%1&quot;.</source>
        <translation>Este atendimento foi feito por telefone: registre a interação da ligação (o que foi conversado) antes de passá-lo para &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Could not change the ticket&apos;s status. Nothing was changed; try again.</source>
        <translation>Não foi possível alterar a situação do atendimento. Nada foi alterado; tente de novo.</translation>
    </message>
    <message>
        <source>This canned reply does not exist any more.</source>
        <translation>Esta resposta pronta não existe mais.</translation>
    </message>
    <message>
        <source>The customer has no e-mail address: add one to the customer, or untick &quot;e-mail to customer&quot;.</source>
        <translation>O cliente não tem e-mail: cadastre um no cliente ou desmarque &quot;enviar e-mail ao cliente&quot;.</translation>
    </message>
    <message>
        <source>Ticket %1: %2</source>
        <translation>Atendimento %1: %2</translation>
    </message>
    <message>
        <source>Unknown kind of answer &quot;%1&quot;: use canned, manual or record.</source>
        <translation>Tipo de resposta desconhecido &quot;%1&quot;: use canned, manual ou record.</translation>
    </message>
    <message>
        <source>Unknown channel &quot;%1&quot;. Use phone, email, chatbot, portal or internal.</source>
        <translation>Canal desconhecido &quot;%1&quot;. Use phone, email, chatbot, portal ou internal.</translation>
    </message>
    <message>
        <source>The copy address &quot;%1&quot; is not an e-mail address.</source>
        <translation>O endereço de cópia &quot;%1&quot; não é um e-mail.</translation>
    </message>
    <message>
        <source>Choose the canned reply to send.</source>
        <translation>Escolha a resposta pronta a enviar.</translation>
    </message>
    <message>
        <source>Could not save the answer. Nothing was changed; try again.</source>
        <translation>Não foi possível salvar a resposta. Nada foi alterado; tente de novo.</translation>
    </message>
    <message>
        <source>A ticket cannot be linked to itself.</source>
        <translation>Um atendimento não pode ser vinculado a ele mesmo.</translation>
    </message>
    <message>
        <source>The ticket %1 is %2: only active tickets can be linked.</source>
        <translation>O atendimento %1 está %2: só atendimentos ativos podem ser vinculados.</translation>
    </message>
    <message>
        <source>Could not link the tickets.</source>
        <translation>Não foi possível vincular os atendimentos.</translation>
    </message>
    <message>
        <source>Could not unlink the tickets.</source>
        <translation>Não foi possível desvincular os atendimentos.</translation>
    </message>
    <message>
        <source>Write what the task is.</source>
        <translation>Escreva qual é a tarefa.</translation>
    </message>
    <message>
        <source>Tasks need a sub-subject: choose the ticket&apos;s sub-subject first.</source>
        <translation>Tarefas exigem um subassunto: escolha primeiro o subassunto do atendimento.</translation>
    </message>
    <message>
        <source>Could not save the task.</source>
        <translation>Não foi possível salvar a tarefa.</translation>
    </message>
    <message>
        <source>This task does not exist any more.</source>
        <translation>Esta tarefa não existe mais.</translation>
    </message>
    <message>
        <source>Cloned from ticket %1.</source>
        <translation>Clonado do atendimento %1.</translation>
    </message>
    <message>
        <source>Could not clone the ticket. Nothing was changed; try again.</source>
        <translation>Não foi possível clonar o atendimento. Nada foi alterado; tente de novo.</translation>
    </message>
    <message>
        <source>The workflow has no &quot;resolved&quot; status.</source>
        <translation>O fluxo não tem a situação &quot;resolvido&quot;.</translation>
    </message>
    <message>
        <source>Only a ticket of kind problem resolves incidents.</source>
        <translation>Só um atendimento do tipo problema resolve incidentes.</translation>
    </message>
    <message>
        <source>Write the message each incident&apos;s customer will receive.</source>
        <translation>Escreva a mensagem que o cliente de cada incidente vai receber.</translation>
    </message>
    <message>
        <source>Could not resolve the incident.</source>
        <translation>Não foi possível resolver o incidente.</translation>
    </message>
</context>
<context>
    <name>TicketStore</name>
    <message>
        <source>Could not save the ticket. Nothing was changed; try again, and tell the administrator if it keeps failing.</source>
        <translation>Não foi possível salvar o atendimento. Nada foi alterado; tente de novo e avise o administrador se continuar falhando.</translation>
    </message>
    <message>
        <source>This ticket does not exist.</source>
        <translation>Este atendimento não existe.</translation>
    </message>
    <message>
        <source>Someone else changed this ticket after you opened it. Reload it to see their changes, then make yours again.</source>
        <translation>Outra pessoa alterou este atendimento depois que você o abriu. Recarregue-o para ver as alterações e refaça as suas.</translation>
    </message>
</context>
<context>
    <name>TicketWindow</name>
    <message>
        <source>Ticket</source>
        <translation>Atendimento</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Situação:</translation>
    </message>
    <message>
        <source>Change &amp;to:</source>
        <translation>Alterar &amp;para:</translation>
    </message>
    <message>
        <source>Change &amp;status</source>
        <translation>Alterar &amp;situação</translation>
    </message>
    <message>
        <source>C&amp;lone…</source>
        <translation>C&amp;lonar…</translation>
    </message>
    <message>
        <source>Relo&amp;ad</source>
        <translation>Recarre&amp;gar</translation>
    </message>
    <message>
        <source>This subject needs technical assistance: schedule the visit with the technical team and record it as an interaction.</source>
        <translation>Este assunto precisa de assistência técnica: agende a visita com a equipe técnica e registre-a como interação.</translation>
    </message>
    <message>
        <source>&amp;General data</source>
        <translation>&amp;Dados gerais</translation>
    </message>
    <message>
        <source>Protocol:</source>
        <translation>Protocolo:</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>Cliente:</translation>
    </message>
    <message>
        <source>Opened:</source>
        <translation>Aberto em:</translation>
    </message>
    <message>
        <source>Deadline:</source>
        <translation>Prazo:</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>T&amp;ítulo:</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>Ass&amp;unto:</translation>
    </message>
    <message>
        <source>Su&amp;b-subject:</source>
        <translation>Su&amp;bassunto:</translation>
    </message>
    <message>
        <source>Se&amp;ctor:</source>
        <translation>Se&amp;tor:</translation>
    </message>
    <message>
        <source>&amp;Responsible:</source>
        <translation>&amp;Responsável:</translation>
    </message>
    <message>
        <source>Ur&amp;gency:</source>
        <translation>Urgê&amp;ncia:</translation>
    </message>
    <message>
        <source>I&amp;mpact:</source>
        <translation>I&amp;mpacto:</translation>
    </message>
    <message>
        <source>&amp;Next action:</source>
        <translation>Próxima &amp;ação:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descrição:</translation>
    </message>
    <message>
        <source>Sol&amp;ution:</source>
        <translation>Sol&amp;ução:</translation>
    </message>
    <message>
        <source>Sa&amp;ve and forward</source>
        <translation>Sal&amp;var e encaminhar</translation>
    </message>
    <message>
        <source>Ans&amp;wer</source>
        <translation>Res&amp;ponder</translation>
    </message>
    <message>
        <source>Canned reply</source>
        <translation>Resposta automática</translation>
    </message>
    <message>
        <source>Re&amp;ply:</source>
        <translation>Res&amp;posta:</translation>
    </message>
    <message>
        <source>Preview (what the customer will read):</source>
        <translation>Prévia (o que o cliente vai ler):</translation>
    </message>
    <message>
        <source>Manual reply</source>
        <translation>Resposta manual</translation>
    </message>
    <message>
        <source>Interaction record</source>
        <translation>Interação do atendimento</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>C&amp;anal:</translation>
    </message>
    <message>
        <source>&amp;Visible to the customer</source>
        <translation>&amp;Visível para o cliente</translation>
    </message>
    <message>
        <source>&amp;E-mail to the customer</source>
        <translation>&amp;Enviar por e-mail ao cliente</translation>
    </message>
    <message>
        <source>Ne&amp;xt action:</source>
        <translation>Pró&amp;xima ação:</translation>
    </message>
    <message>
        <source>C&amp;opy to (e-mail):</source>
        <translation>C&amp;ópia para (e-mail):</translation>
    </message>
    <message>
        <source>Attachments:</source>
        <translation>Anexos:</translation>
    </message>
    <message>
        <source>Attach &amp;file…</source>
        <translation>Anexar a&amp;rquivo…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>&amp;Answer ticket</source>
        <translation>&amp;Responder atendimento</translation>
    </message>
    <message>
        <source>&amp;Interactions</source>
        <translation>&amp;Interações</translation>
    </message>
    <message>
        <source>Attach&amp;ments</source>
        <translation>Ane&amp;xos</translation>
    </message>
    <message>
        <source>Add &amp;file…</source>
        <translation>Adicionar a&amp;rquivo…</translation>
    </message>
    <message>
        <source>&amp;Paste from clipboard</source>
        <translation>Co&amp;lar da área de transferência</translation>
    </message>
    <message>
        <source>or drag files here</source>
        <translation>ou arraste arquivos para cá</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>A&amp;brir</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>&amp;Salvar como…</translation>
    </message>
    <message>
        <source>&amp;Linked tickets</source>
        <translation>Atendimentos &amp;vinculados</translation>
    </message>
    <message>
        <source>Active tic&amp;ket:</source>
        <translation>Atendimento a&amp;tivo:</translation>
    </message>
    <message>
        <source>Lin&amp;k</source>
        <translation>&amp;Vincular</translation>
    </message>
    <message>
        <source>U&amp;nlink</source>
        <translation>Desvi&amp;ncular</translation>
    </message>
    <message>
        <source>&amp;Tasks</source>
        <translation>&amp;Tarefas</translation>
    </message>
    <message>
        <source>Tasks need a sub-subject: choose one in General data and save first.</source>
        <translation>Tarefas precisam de um subassunto: escolha um em Dados gerais e salve antes.</translation>
    </message>
    <message>
        <source>New tas&amp;k:</source>
        <translation>Nova tare&amp;fa:</translation>
    </message>
    <message>
        <source>Add task</source>
        <translation>Adicionar tarefa</translation>
    </message>
    <message>
        <source>Mark done / undone</source>
        <translation>Marcar feita / não feita</translation>
    </message>
    <message>
        <source>Histor&amp;y</source>
        <translation>&amp;Histórico</translation>
    </message>
</context>
<context>
    <name>UserCommand</name>
    <message>
        <source>No password was read from the standard input.</source>
        <translation>Nenhuma senha foi lida da entrada padrão.</translation>
    </message>
    <message>
        <source>Give the new password in ATENDE_NEW_PASSWORD or as one line on the standard input with --password-stdin; it is never read from the arguments.</source>
        <translation>Informe a nova senha em ATENDE_NEW_PASSWORD ou como uma linha na entrada padrão com --password-stdin; ela nunca é lida dos argumentos.</translation>
    </message>
    <message>
        <source>There is no access profile &quot;%1&quot;. Profiles: %2.</source>
        <translation>Não existe o perfil de acesso &quot;%1&quot;. Perfis: %2.</translation>
    </message>
    <message>
        <source>There is no user &quot;%1&quot;.</source>
        <translation>Não existe o usuário &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Add and list users, set passwords and access profiles (acting as --user).</source>
        <translation>Cadastrar e listar usuários, definir senhas e perfis de acesso (agindo como --user).</translation>
    </message>
    <message>
        <source>add LOGIN --name NAME [--profile PROFILE] [--email E]: a new user (default profile Agente); on a database without users it creates the first administrator and needs no --user. list: every user with profile and state. passwd [LOGIN]: your own password (the current one in ATENDE_PASSWORD) or, for an administrator, LOGIN&apos;s. profile LOGIN PROFILE: change a user&apos;s access profile. unlock, enable, disable LOGIN. New passwords are read from ATENDE_NEW_PASSWORD or with --password-stdin.</source>
        <translation>add LOGIN --name NOME [--profile PERFIL] [--email E]: um usuário novo (perfil padrão Agente); num banco sem usuários cria o primeiro administrador e dispensa --user. list: todos os usuários com perfil e situação. passwd [LOGIN]: a sua própria senha (a atual em ATENDE_PASSWORD) ou, para um administrador, a de LOGIN. profile LOGIN PERFIL: muda o perfil de acesso de um usuário. unlock, enable, disable LOGIN. Senhas novas são lidas de ATENDE_NEW_PASSWORD ou com --password-stdin.</translation>
    </message>
    <message>
        <source>Full name (add).</source>
        <translation>Nome completo (add).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOME</translation>
    </message>
    <message>
        <source>E-mail address (add).</source>
        <translation>Endereço de e-mail (add).</translation>
    </message>
    <message>
        <source>EMAIL</source>
        <translation>EMAIL</translation>
    </message>
    <message>
        <source>Access profile (add; default Agente).</source>
        <translation>Perfil de acesso (add; padrão Agente).</translation>
    </message>
    <message>
        <source>PROFILE</source>
        <translation>PERFIL</translation>
    </message>
    <message>
        <source>Read the new password from the standard input.</source>
        <translation>Ler a nova senha da entrada padrão.</translation>
    </message>
    <message>
        <source>Say what to do: add, list, passwd, profile, unlock, enable or disable.</source>
        <translation>Diga o que fazer: add, list, passwd, profile, unlock, enable ou disable.</translation>
    </message>
    <message>
        <source>Unknown action &quot;%1&quot; for &quot;user&quot;.</source>
        <translation>Ação desconhecida &quot;%1&quot; para &quot;user&quot;.</translation>
    </message>
    <message>
        <source>Wrong number of arguments for &quot;user %1&quot;.</source>
        <translation>Número errado de argumentos para &quot;user %1&quot;.</translation>
    </message>
    <message>
        <source>First administrator %1 created.</source>
        <translation>Primeiro administrador %1 criado.</translation>
    </message>
    <message>
        <source>Give the user&apos;s full name with --name.</source>
        <translation>Informe o nome completo do usuário com --name.</translation>
    </message>
    <message>
        <source>User %1 added with profile %2.</source>
        <translation>Usuário %1 cadastrado com o perfil %2.</translation>
    </message>
    <message>
        <source>active</source>
        <translation>ativo</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inativo</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>bloqueado</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>Sua senha foi alterada.</translation>
    </message>
    <message>
        <source>The password of %1 was changed.</source>
        <translation>A senha de %1 foi alterada.</translation>
    </message>
    <message>
        <source>%1 now has the profile %2.</source>
        <translation>%1 agora tem o perfil %2.</translation>
    </message>
    <message>
        <source>%1 was unlocked.</source>
        <translation>%1 foi desbloqueado.</translation>
    </message>
    <message>
        <source>%1 was enabled.</source>
        <translation>%1 foi ativado.</translation>
    </message>
    <message>
        <source>%1 was disabled.</source>
        <translation>%1 foi desativado.</translation>
    </message>
</context>
<context>
    <name>UserService</name>
    <message>
        <source>Could not save the change. Try again; if it keeps failing, ask an administrator to check the database.</source>
        <translation>Não foi possível salvar a alteração. Tente de novo; se continuar falhando, peça a um administrador que verifique o banco de dados.</translation>
    </message>
    <message>
        <source>This user no longer exists. Refresh the list and try again.</source>
        <translation>Este usuário não existe mais. Atualize a lista e tente de novo.</translation>
    </message>
    <message>
        <source>Login or password is incorrect. Check them and try again (mind Caps Lock).</source>
        <translation>Login ou senha incorretos. Confira e tente de novo (atenção ao Caps Lock).</translation>
    </message>
    <message>
        <source>Too many failed attempts: this account is locked until %1. Try again after that time, or ask an administrator to unlock it.</source>
        <translation>Tentativas erradas demais: esta conta está bloqueada até %1. Tente de novo depois desse horário ou peça a um administrador que a desbloqueie.</translation>
    </message>
    <message>
        <source>Enter a login.</source>
        <translation>Informe um login.</translation>
    </message>
    <message numerus="yes">
        <source>The login is too long: use at most %n characters.</source>
        <translation>
            <numerusform>O login é longo demais: use no máximo %n caractere.</numerusform>
            <numerusform>O login é longo demais: use no máximo %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>The login may only have letters, digits and the characters . - _ @ (no spaces).</source>
        <translation>O login só pode ter letras, dígitos e os caracteres . - _ @ (sem espaços).</translation>
    </message>
    <message>
        <source>Enter the user&apos;s name.</source>
        <translation>Informe o nome do usuário.</translation>
    </message>
    <message numerus="yes">
        <source>The name must be a single line of at most %n characters.</source>
        <translation>
            <numerusform>O nome deve ser uma única linha de no máximo %n caractere.</numerusform>
            <numerusform>O nome deve ser uma única linha de no máximo %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>The e-mail address is not valid. Use the form name@company.com.br, or leave it empty.</source>
        <translation>O endereço de e-mail não é válido. Use o formato nome@empresa.com.br, ou deixe em branco.</translation>
    </message>
    <message>
        <source>The administrator has already been created. Log in with that user, or ask them to create yours.</source>
        <translation>O administrador já foi criado. Entre com esse usuário ou peça a ele que crie o seu.</translation>
    </message>
    <message>
        <source>No access profile can administer users and profiles, so no administrator can be created. The database configuration is damaged; restore a backup.</source>
        <translation>Nenhum perfil de acesso pode administrar usuários e perfis, então nenhum administrador pode ser criado. A configuração do banco de dados está danificada; restaure uma cópia de segurança.</translation>
    </message>
    <message>
        <source>This user has been deactivated. Ask an administrator if you need access again.</source>
        <translation>Este usuário foi desativado. Fale com um administrador se precisar de acesso novamente.</translation>
    </message>
    <message>
        <source>Log in before changing your password.</source>
        <translation>Entre no sistema antes de trocar sua senha.</translation>
    </message>
    <message>
        <source>The current password is not correct. Type it again (mind Caps Lock).</source>
        <translation>A senha atual não está correta. Digite de novo (atenção ao Caps Lock).</translation>
    </message>
    <message>
        <source>The new password is the same as the current one. Choose a different one.</source>
        <translation>A nova senha é igual à atual. Escolha uma diferente.</translation>
    </message>
    <message>
        <source>Your password was changed in the meantime. Log in again and retry.</source>
        <translation>Sua senha foi alterada nesse meio-tempo. Entre de novo e tente outra vez.</translation>
    </message>
    <message>
        <source>The login “%1” is already in use. Choose another one.</source>
        <translation>O login “%1” já está em uso. Escolha outro.</translation>
    </message>
    <message>
        <source>This is the last active administrator. Give another active user a profile that can administer users first.</source>
        <translation>Este é o último administrador ativo. Antes, dê a outro usuário ativo um perfil que possa administrar usuários.</translation>
    </message>
    <message>
        <source>The chosen sector no longer exists. Choose another one.</source>
        <translation>O setor escolhido não existe mais. Escolha outro.</translation>
    </message>
    <message>
        <source>The chosen access profile no longer exists. Choose another one.</source>
        <translation>O perfil de acesso escolhido não existe mais. Escolha outro.</translation>
    </message>
</context>
<context>
    <name>UsersAdminDialog</name>
    <message>
        <source>Users</source>
        <translation>Usuários</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Login:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>Pro&amp;file:</source>
        <translation>Per&amp;fil:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Senha:</translation>
    </message>
    <message>
        <source>Situation:</source>
        <translation>Situação:</translation>
    </message>
    <message>
        <source>&amp;New user</source>
        <translation>N&amp;ovo usuário</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Sal&amp;var</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Desativar</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>Desblo&amp;quear</translation>
    </message>
    <message>
        <source>&amp;Reset password</source>
        <translation>&amp;Redefinir senha</translation>
    </message>
</context>
<context>
    <name>VersionCommand</name>
    <message>
        <source>Show the program version and the newest database schema it knows.</source>
        <translation>Mostra a versão do programa e o esquema de banco de dados mais novo que ele conhece.</translation>
    </message>
    <message>
        <source>&quot;version&quot; takes no arguments.</source>
        <translation>&quot;version&quot; não recebe argumentos.</translation>
    </message>
    <message>
        <source>Database schema %1, Qt %2, SQLite %3</source>
        <translation>Esquema de banco de dados %1, Qt %2, SQLite %3</translation>
    </message>
</context>
<context>
    <name>WorkflowEditorDialog</name>
    <message>
        <source>Workflow</source>
        <translation>Fluxo de atendimento</translation>
    </message>
    <message>
        <source>Statuses and &amp;transitions</source>
        <translation>&amp;Fluxo de situações</translation>
    </message>
    <message>
        <source>&amp;Statuses (tick: closed, pauses the deadline clock, initial):</source>
        <translation>&amp;Situações (marque: encerrada, pausa o prazo, inicial):</translation>
    </message>
    <message>
        <source>&amp;Add status</source>
        <translation>&amp;Adicionar situação</translation>
    </message>
    <message>
        <source>&amp;Remove status</source>
        <translation>&amp;Remover situação</translation>
    </message>
    <message>
        <source>&amp;Transitions (from, to, the permission it needs, the fields it requires):</source>
        <translation>&amp;Transições (de, para, a permissão exigida, os campos obrigatórios):</translation>
    </message>
    <message>
        <source>Add &amp;transition</source>
        <translation>Adicionar &amp;transição</translation>
    </message>
    <message>
        <source>Remove tra&amp;nsition</source>
        <translation>Remover tra&amp;nsição</translation>
    </message>
    <message>
        <source>Business &amp;hours and holidays</source>
        <translation>E&amp;xpediente e feriados</translation>
    </message>
    <message>
        <source>Business hours (tick the days the team works):</source>
        <translation>Expediente (marque os dias em que a equipe trabalha):</translation>
    </message>
    <message>
        <source>Holi&amp;days (no business time):</source>
        <translation>Feria&amp;dos (sem horário útil):</translation>
    </message>
    <message>
        <source>Add ho&amp;liday</source>
        <translation>Adicionar fe&amp;riado</translation>
    </message>
    <message>
        <source>Remove holida&amp;y</source>
        <translation>Remover feriad&amp;o</translation>
    </message>
</context>
<context>
    <name>WorkflowEngine</name>
    <message>
        <source>This status does not exist any more. Reload the ticket.</source>
        <translation>Esta situação não existe mais. Recarregue o atendimento.</translation>
    </message>
    <message>
        <source>A ticket in &quot;%1&quot; cannot move to &quot;%2&quot;: no status can follow &quot;%1&quot;.</source>
        <translation>Um atendimento em &quot;%1&quot; não pode passar para &quot;%2&quot;: nenhuma situação pode vir depois de &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>A ticket in &quot;%1&quot; cannot move to &quot;%2&quot;. It can move to: %3.</source>
        <translation>Um atendimento em &quot;%1&quot; não pode passar para &quot;%2&quot;. Ele pode passar para: %3.</translation>
    </message>
    <message>
        <source>Your access profile does not allow moving this ticket to &quot;%1&quot; (permission %2).</source>
        <translation>Seu perfil de acesso não permite passar este atendimento para &quot;%1&quot; (permissão %2).</translation>
    </message>
</context>
<context>
    <name>WorkflowStatusQuery</name>
    <message>
        <source>Could not read the workflow statuses.</source>
        <translation>Não foi possível ler as situações do workflow.</translation>
    </message>
</context>
<context>
    <name>WorkflowStore</name>
    <message>
        <source>Could not read the workflow configuration.</source>
        <translation>Não foi possível ler a configuração do fluxo de trabalho.</translation>
    </message>
    <message>
        <source>Could not save the workflow.</source>
        <translation>Não foi possível salvar o fluxo de trabalho.</translation>
    </message>
    <message>
        <source>The status &quot;%1&quot; cannot be removed: there are tickets in it. Move them to another status first.</source>
        <translation>A situação &quot;%1&quot; não pode ser removida: há atendimentos nela. Mova-os para outra situação antes.</translation>
    </message>
    <message>
        <source>On %1 the team must open before it closes.</source>
        <translation>%1: o horário de abertura precisa ser antes do horário de fechamento.</translation>
    </message>
    <message>
        <source>A holiday needs a valid date.</source>
        <translation>Um feriado precisa de uma data válida.</translation>
    </message>
    <message>
        <source>The holiday %1 is listed twice.</source>
        <translation>O feriado %1 está na lista duas vezes.</translation>
    </message>
    <message>
        <source>Could not save the business hours and holidays.</source>
        <translation>Não foi possível salvar o expediente e os feriados.</translation>
    </message>
</context>
<context>
    <name>WorkflowValidator</name>
    <message>
        <source>The workflow has no status.</source>
        <translation>O fluxo de trabalho não tem nenhuma situação.</translation>
    </message>
    <message>
        <source>Every status needs a code and a name.</source>
        <translation>Toda situação precisa de um código e de um nome.</translation>
    </message>
    <message>
        <source>The status code &quot;%1&quot; is used twice.</source>
        <translation>O código de situação &quot;%1&quot; está repetido.</translation>
    </message>
    <message>
        <source>The status name &quot;%1&quot; is used twice.</source>
        <translation>O nome de situação &quot;%1&quot; está repetido.</translation>
    </message>
    <message>
        <source>The initial status &quot;%1&quot; cannot be a closed status.</source>
        <translation>A situação inicial &quot;%1&quot; não pode ser uma situação de encerramento.</translation>
    </message>
    <message>
        <source>The workflow needs exactly one initial status (it has %1).</source>
        <translation>O fluxo precisa de exatamente uma situação inicial (tem %1).</translation>
    </message>
    <message>
        <source>The workflow needs at least one closed status.</source>
        <translation>O fluxo precisa de pelo menos uma situação de encerramento.</translation>
    </message>
    <message>
        <source>A transition points at a status that does not exist.</source>
        <translation>Uma transição aponta para uma situação que não existe.</translation>
    </message>
    <message>
        <source>The status &quot;%1&quot; has a transition to itself.</source>
        <translation>A situação &quot;%1&quot; tem uma transição para ela mesma.</translation>
    </message>
    <message>
        <source>The transition from &quot;%1&quot; to &quot;%2&quot; is listed twice.</source>
        <translation>A transição de &quot;%1&quot; para &quot;%2&quot; aparece duas vezes.</translation>
    </message>
    <message>
        <source>The transition from &quot;%1&quot; to &quot;%2&quot; needs an unknown permission &quot;%3&quot;.</source>
        <translation>A transição de &quot;%1&quot; para &quot;%2&quot; exige uma permissão desconhecida &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>The transition from &quot;%1&quot; to &quot;%2&quot; requires an unknown field &quot;%3&quot;.</source>
        <translation>A transição de &quot;%1&quot; para &quot;%2&quot; exige um campo desconhecido &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>The status &quot;%1&quot; cannot be reached from &quot;%2&quot;.</source>
        <translation>A situação &quot;%1&quot; não pode ser alcançada a partir de &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>A ticket in &quot;%1&quot; could never be closed: no path leads to a closed status.</source>
        <translation>Um atendimento em &quot;%1&quot; nunca poderia ser encerrado: nenhum caminho leva a uma situação de encerramento.</translation>
    </message>
    <message>
        <source>The workflow cannot be saved:
%1</source>
        <translation>O fluxo não pode ser salvo:
%1</translation>
    </message>
</context>
<context>
    <name>atende::AccessProfileEditorDialog</name>
    <message numerus="yes">
        <source>%1 (%Ln user(s))</source>
        <translation>
            <numerusform>%1 (%Ln usuário(s))</numerusform>
            <numerusform>%1 (%Ln usuário(s))</numerusform>
        </translation>
    </message>
    <message>
        <source>New profile: type its name, tick its permissions and save.</source>
        <translation>Novo perfil: digite o nome, marque as permissões e salve.</translation>
    </message>
    <message>
        <source>Profile created.</source>
        <translation>Perfil criado.</translation>
    </message>
    <message>
        <source>Profile saved.</source>
        <translation>Perfil salvo.</translation>
    </message>
</context>
<context>
    <name>atende::AttendanceFormWidget</name>
    <message>
        <source>This attendance type has no form.</source>
        <translation>Este tipo de atendimento não tem formulário.</translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>e.g. 1.234,50</source>
        <translation>ex.: 1.234,50</translation>
    </message>
    <message>
        <source>(no date)</source>
        <translation>(sem data)</translation>
    </message>
    <message>
        <source>Delete clears the date.</source>
        <translation>Delete apaga a data.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sim</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Não</translation>
    </message>
    <message>
        <source>Customer number</source>
        <translation>Número do cliente</translation>
    </message>
    <message>
        <source>Property number</source>
        <translation>Número do imóvel</translation>
    </message>
</context>
<context>
    <name>atende::AttendanceTypesDialog</name>
    <message>
        <source>Support</source>
        <translation>Suporte</translation>
    </message>
    <message>
        <source>Real estate</source>
        <translation>Imobiliária</translation>
    </message>
    <message>
        <source>Nothing else</source>
        <translation>Nada mais</translation>
    </message>
    <message>
        <source>Rental process</source>
        <translation>Processo de locação</translation>
    </message>
    <message>
        <source>Capture process</source>
        <translation>Processo de captação</translation>
    </message>
    <message>
        <source>Administration request</source>
        <translation>Solicitação de administração</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Long text</source>
        <translation>Texto longo</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Choice from a list</source>
        <translation>Escolha em lista</translation>
    </message>
    <message>
        <source>Yes/no</source>
        <translation>Sim/não</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Imóvel</translation>
    </message>
    <message>
        <source>All sets</source>
        <translation>Todos os conjuntos</translation>
    </message>
    <message>
        <source>The answers in the preview are complete.</source>
        <translation>As respostas da prévia estão completas.</translation>
    </message>
    <message>
        <source>%1 - inactive</source>
        <translation>%1 - inativo</translation>
    </message>
    <message>
        <source>Attendance types</source>
        <translation>Tipos de atendimento</translation>
    </message>
    <message>
        <source>The changes to &quot;%1&quot; were not saved. Discard them?</source>
        <translation>As alterações em &quot;%1&quot; não foram salvas. Descartá-las?</translation>
    </message>
    <message>
        <source>&quot;%1&quot; saved.</source>
        <translation>&quot;%1&quot; salvo.</translation>
    </message>
    <message>
        <source>New field</source>
        <translation>Novo campo</translation>
    </message>
</context>
<context>
    <name>atende::AuditHistoryDialog</name>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuário</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Ação</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>Valor anterior</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Valor novo</translation>
    </message>
    <message>
        <source>any</source>
        <translation>qualquer</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>History of %1 #%2</source>
        <translation>Histórico de %1 nº %2</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Access profile</source>
        <translation>Perfil de acesso</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>Diretório</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Atendimento</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Histórico</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Criado</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Alterado</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Excluído</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Unificado</translation>
    </message>
    <message>
        <source>Refused (no permission)</source>
        <translation>Recusado (sem permissão)</translation>
    </message>
    <message>
        <source>Logged in</source>
        <translation>Entrou</translation>
    </message>
    <message>
        <source>Failed login</source>
        <translation>Falha de login</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Bloqueado</translation>
    </message>
    <message>
        <source>Unlocked</source>
        <translation>Desbloqueado</translation>
    </message>
    <message>
        <source>Anonymised</source>
        <translation>Anonimizado</translation>
    </message>
    <message>
        <source>Exported (CSV)</source>
        <translation>Exportado (CSV)</translation>
    </message>
    <message>
        <source>Exported (personal data)</source>
        <translation>Exportado (dados pessoais)</translation>
    </message>
    <message>
        <source>Password change refused</source>
        <translation>Troca de senha recusada</translation>
    </message>
    <message>
        <source>(system)</source>
        <translation>(sistema)</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s).</source>
        <translation>
            <numerusform>%n alteração(ões).</numerusform>
            <numerusform>%n alteração(ões).</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the newest %1 are shown: narrow the filters.</source>
        <translation>Só as %1 mais recentes são mostradas: refine os filtros.</translation>
    </message>
    <message>
        <source>Personal data is masked for your profile.</source>
        <translation>Dados pessoais mascarados para o seu perfil.</translation>
    </message>
</context>
<context>
    <name>atende::CallWidget</name>
    <message>
        <source>Phone call</source>
        <translation>Ligação</translation>
    </message>
    <message>
        <source>Back (Esc)</source>
        <translation>Voltar (Esc)</translation>
    </message>
    <message>
        <source>Next (Enter)</source>
        <translation>Avançar (Enter)</translation>
    </message>
    <message>
        <source>Conclude (Ctrl+Enter)</source>
        <translation>Concluir (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Cancel call (Ctrl+Shift+X)</source>
        <translation>Cancelar ligação (Ctrl+Shift+X)</translation>
    </message>
    <message>
        <source>Greeting</source>
        <translation>Saudação</translation>
    </message>
    <message>
        <source>Identification</source>
        <translation>Identificação</translation>
    </message>
    <message>
        <source>Finance and partner</source>
        <translation>Financeiro e parceiro</translation>
    </message>
    <message>
        <source>Existing ticket</source>
        <translation>Atendimento existente</translation>
    </message>
    <message>
        <source>Attendance type</source>
        <translation>Tipo de atendimento</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Formulário</translation>
    </message>
    <message>
        <source>Conclude</source>
        <translation>Conclusão</translation>
    </message>
    <message>
        <source>Say: %1</source>
        <translation>Diga: %1</translation>
    </message>
    <message>
        <source>Ask: %1</source>
        <translation>Pergunte: %1</translation>
    </message>
    <message>
        <source>Say:</source>
        <translation>Diga:</translation>
    </message>
    <message>
        <source>Protocol of this call (say it now, digit by digit):</source>
        <translation>Protocolo desta ligação (informe agora, número a número):</translation>
    </message>
    <message>
        <source>&quot;Your protocol number is ...&quot; (read it slowly).</source>
        <translation>&quot;O número do seu protocolo é ...&quot; (leia devagar).</translation>
    </message>
    <message>
        <source>What is the reason for your call?</source>
        <translation>Qual o motivo da sua ligação?</translation>
    </message>
    <message>
        <source>&quot;To help you, I need to identify you.&quot;</source>
        <translation>&quot;Para ajudar, preciso identificar o seu cadastro.&quot;</translation>
    </message>
    <message>
        <source>What is your CPF or CNPJ? (or customer code, name, phone)</source>
        <translation>Qual o seu CPF ou CNPJ? (ou código de cliente, nome, telefone)</translation>
    </message>
    <message>
        <source>CPF, CNPJ, customer code, name, phone or e-mail — Enter searches</source>
        <translation>CPF, CNPJ, código do cliente, nome, telefone ou e-mail — Enter pesquisa</translation>
    </message>
    <message>
        <source>F4: register the customer (not found) or update the customer&apos;s data</source>
        <translation>F4: cadastrar o cliente (não encontrado) ou atualizar os dados do cliente</translation>
    </message>
    <message>
        <source>Are you calling about a ticket already open? Do you have its protocol?</source>
        <translation>A ligação é sobre um atendimento já aberto? Tem o número do protocolo?</translation>
    </message>
    <message>
        <source>Protocol of the ticket — Enter searches; empty: Enter goes on</source>
        <translation>Protocolo do atendimento — Enter pesquisa; vazio: Enter avança</translation>
    </message>
    <message>
        <source>Open tickets of the customer (Enter selects):</source>
        <translation>Atendimentos em aberto do cliente (Enter seleciona):</translation>
    </message>
    <message>
        <source>F6: record &quot;Customer got in touch&quot; on the selected ticket</source>
        <translation>F6: registrar &quot;Cliente entrou em contato&quot; no atendimento selecionado</translation>
    </message>
    <message>
        <source>How can we help: information, a request, a problem?</source>
        <translation>Como podemos ajudar: informação, solicitação, problema?</translation>
    </message>
    <message>
        <source>Arrows choose, Enter confirms. A type the customer may not use is refused with the reason to read to the customer.</source>
        <translation>Setas escolhem, Enter confirma. Um tipo que o cliente não pode usar é recusado com o motivo para informar ao cliente.</translation>
    </message>
    <message>
        <source>Repeat what you understood to the customer before concluding.</source>
        <translation>Repita para o cliente o que você entendeu antes de concluir.</translation>
    </message>
    <message>
        <source>Ask every field marked with *.</source>
        <translation>Pergunte todos os campos marcados com *.</translation>
    </message>
    <message>
        <source>Summary and answer to the customer (checked for gerundism and slang; Ctrl+. applies the suggestion; Ctrl+Enter concludes):</source>
        <translation>Resumo e resposta ao cliente (verificação de gerundismo e gírias; Ctrl+. aplica a sugestão; Ctrl+Enter conclui):</translation>
    </message>
    <message>
        <source>&quot;Your protocol is ..., you will receive it by e-mail. Thank you for calling, have a good day!&quot;</source>
        <translation>&quot;Seu protocolo é ..., você vai recebê-lo por e-mail. Obrigado pela ligação, tenha um bom dia!&quot;</translation>
    </message>
    <message>
        <source>Is there anything else I can help you with?</source>
        <translation>Posso ajudar em mais alguma coisa?</translation>
    </message>
    <message>
        <source>Resume the call?</source>
        <translation>Retomar a ligação?</translation>
    </message>
    <message>
        <source>The call of protocol %1 did not end (stage: %2). Resume it where it was?</source>
        <translation>A ligação do protocolo %1 não foi concluída (etapa: %2). Retomar de onde parou?</translation>
    </message>
    <message>
        <source>Call abandoned (draft not resumed).</source>
        <translation>Ligação abandonada (rascunho não retomado).</translation>
    </message>
    <message>
        <source>Call of protocol %1 resumed where it was.</source>
        <translation>Ligação do protocolo %1 retomada de onde parou.</translation>
    </message>
    <message>
        <source>Enter: next · Esc: back · F4: customer · F5: confirm debt · F6: customer got in touch · Ctrl+K: knowledge base · Ctrl+.: language suggestion · Ctrl+Enter: conclude</source>
        <translation>Enter: avançar · Esc: voltar · F4: cliente · F5: confirmar débito · F6: cliente entrou em contato · Ctrl+K: base de conhecimento · Ctrl+.: sugestão de linguagem · Ctrl+Enter: concluir</translation>
    </message>
    <message>
        <source>Call time %1 — ticket required</source>
        <translation>Duração %1 — atendimento obrigatório</translation>
    </message>
    <message>
        <source>Call time %1</source>
        <translation>Duração %1</translation>
    </message>
    <message>
        <source>Protocol %1</source>
        <translation>Protocolo %1</translation>
    </message>
    <message>
        <source>Protocol: %1</source>
        <translation>Protocolo: %1</translation>
    </message>
    <message>
        <source>Customer: %1</source>
        <translation>Cliente: %1</translation>
    </message>
    <message>
        <source>Customer: not identified</source>
        <translation>Cliente: não identificado</translation>
    </message>
    <message>
        <source>Existing ticket: %1</source>
        <translation>Atendimento existente: %1</translation>
    </message>
    <message>
        <source>Attendance type: not chosen yet (Alt+5)</source>
        <translation>Tipo de atendimento: ainda não escolhido (Alt+5)</translation>
    </message>
    <message>
        <source>Quick question: concluded as a contact only, without a ticket</source>
        <translation>Pergunta rápida: concluída só como contato, sem atendimento</translation>
    </message>
    <message>
        <source>Attendance type: %1 — a ticket with the form&apos;s answers is saved</source>
        <translation>Tipo de atendimento: %1 — será salvo um atendimento com as respostas do formulário</translation>
    </message>
    <message numerus="yes">
        <source>The call passed %n minute(s): a ticket is required.</source>
        <translation>
            <numerusform>A ligação passou de %n minuto(s): o atendimento é obrigatório.</numerusform>
            <numerusform>A ligação passou de %n minuto(s): o atendimento é obrigatório.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter or Ctrl+Enter concludes: everything is saved at once and the protocol e-mail is queued.</source>
        <translation>Enter ou Ctrl+Enter conclui: tudo é salvo de uma vez e o e-mail do protocolo entra na fila.</translation>
    </message>
    <message>
        <source>No customer found for &quot;%1&quot;. F4 registers the customer without leaving the call; Enter goes on without a customer.</source>
        <translation>Nenhum cliente encontrado para &quot;%1&quot;. F4 cadastra o cliente sem sair da ligação; Enter segue sem cliente.</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) found: arrows choose, Enter confirms.</source>
        <translation>
            <numerusform>%n cliente(s) encontrado(s): setas escolhem, Enter confirma.</numerusform>
            <numerusform>%n cliente(s) encontrado(s): setas escolhem, Enter confirma.</numerusform>
        </translation>
    </message>
    <message>
        <source>Customer identified: %1. Read the access notes first; Enter goes on.</source>
        <translation>Cliente identificado: %1. Leia primeiro as observações de acesso; Enter avança.</translation>
    </message>
    <message>
        <source>Attention: finance or partner notice in the next stage.</source>
        <translation>Atenção: aviso financeiro ou de parceiro na próxima etapa.</translation>
    </message>
    <message>
        <source>The customer is in debt%1. Confirm it with the customer (Enter or F5), then transfer the call to finance.</source>
        <translation>O cliente está em débito%1. Confirme com o cliente (Enter ou F5) e transfira a ligação para o financeiro.</translation>
    </message>
    <message>
        <source>Say: &quot;I will transfer your call to our finance team, who will help you settle the pending payments.&quot;
Finance contact for %1: %2 — %3</source>
        <translation>Diga: &quot;Vou transferir sua ligação para o nosso financeiro, que vai ajudar a regularizar as pendências.&quot;
Contato do financeiro para %1: %2 — %3</translation>
    </message>
    <message>
        <source>companies (PJ)</source>
        <translation>empresas (PJ)</translation>
    </message>
    <message>
        <source>individuals (PF)</source>
        <translation>pessoas físicas (PF)</translation>
    </message>
    <message numerus="yes">
        <source>Licence: %n day(s) overdue.</source>
        <translation>
            <numerusform>Licença: %n dia(s) em atraso.</numerusform>
            <numerusform>Licença: %n dia(s) em atraso.</numerusform>
        </translation>
    </message>
    <message>
        <source>Partner: %1. Remind the customer that %1 will be informed of this call.</source>
        <translation>Parceiro: %1. Lembre o cliente de que %1 será informado desta ligação.</translation>
    </message>
    <message>
        <source>no sector</source>
        <translation>sem setor</translation>
    </message>
    <message>
        <source>Ticket %1: %2 — %3</source>
        <translation>Atendimento %1: %2 — %3</translation>
    </message>
    <message>
        <source>This ticket is with another sector: %1. Tell the customer and do not promise what that sector decides.</source>
        <translation>Este atendimento está com outro setor: %1. Informe o cliente e não prometa o que cabe a esse setor decidir.</translation>
    </message>
    <message>
        <source>This ticket is closed.</source>
        <translation>Este atendimento está encerrado.</translation>
    </message>
    <message>
        <source>F6 records &quot;Customer got in touch&quot; on it.</source>
        <translation>F6 registra &quot;Cliente entrou em contato&quot; nele.</translation>
    </message>
    <message>
        <source>Customer got in touch (protocol %1).</source>
        <translation>Cliente entrou em contato (protocolo %1).</translation>
    </message>
    <message>
        <source>&quot;Customer got in touch&quot; recorded on the ticket.</source>
        <translation>&quot;Cliente entrou em contato&quot; registrado no atendimento.</translation>
    </message>
    <message numerus="yes">
        <source>Quick question — no ticket (only within the first %n minute(s))</source>
        <translation>
            <numerusform>Pergunta rápida — sem atendimento (só nos primeiros %n minuto(s))</numerusform>
            <numerusform>Pergunta rápida — sem atendimento (só nos primeiros %n minuto(s))</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (active contract only)</source>
        <translation>%1 (só com contrato ativo)</translation>
    </message>
    <message>
        <source>Quick question: write what was asked and answered.</source>
        <translation>Pergunta rápida: escreva o que foi perguntado e respondido.</translation>
    </message>
    <message>
        <source>Form: %1</source>
        <translation>Formulário: %1</translation>
    </message>
    <message>
        <source>Call concluded: ticket saved with protocol %1.</source>
        <translation>Ligação concluída: atendimento salvo com o protocolo %1.</translation>
    </message>
    <message>
        <source>Call concluded as a contact with protocol %1.</source>
        <translation>Ligação concluída como contato com o protocolo %1.</translation>
    </message>
    <message>
        <source>Protocol e-mail queued to %1.</source>
        <translation>E-mail do protocolo na fila para %1.</translation>
    </message>
    <message>
        <source>No e-mail address: the protocol was only said aloud.</source>
        <translation>Sem endereço de e-mail: o protocolo foi apenas informado por telefone.</translation>
    </message>
    <message>
        <source>Cancel the call?</source>
        <translation>Cancelar a ligação?</translation>
    </message>
    <message>
        <source>End the call of protocol %1 without saving a ticket? The protocol stays recorded.</source>
        <translation>Encerrar a ligação do protocolo %1 sem salvar um atendimento? O protocolo continua registrado.</translation>
    </message>
    <message>
        <source>Call cancelled by the agent.</source>
        <translation>Ligação cancelada pelo atendente.</translation>
    </message>
</context>
<context>
    <name>atende::ChangePasswordDialog</name>
    <message>
        <source>C&amp;hange</source>
        <translation>&amp;Alterar</translation>
    </message>
    <message>
        <source>The two new passwords differ. Type the same password in both fields.</source>
        <translation>As duas novas senhas são diferentes. Digite a mesma senha nos dois campos.</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>Sua senha foi alterada.</translation>
    </message>
</context>
<context>
    <name>atende::ConflictMergeDialog</name>
    <message>
        <source>%1 was saved by someone else after you opened it. What only one of you changed is already merged below. For each field marked in red, choose which version to keep. Nothing is saved until you press Save merged; Cancel takes you back to what you typed.</source>
        <translation>%1 foi salvo por outra pessoa depois que você o abriu. O que só um de vocês alterou já está mesclado abaixo. Em cada campo marcado em vermelho, escolha qual versão manter. Nada é salvo até você clicar em Salvar mesclado; Cancelar volta ao que você digitou.</translation>
    </message>
    <message>
        <source>&amp;Save merged</source>
        <translation>&amp;Salvar mesclado</translation>
    </message>
    <message>
        <source>Current version (%1)</source>
        <translation>Versão atual (%1)</translation>
    </message>
    <message>
        <source>Current version (by %1, %2)</source>
        <translation>Versão atual (de %1, %2)</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Your version</source>
        <translation>Sua versão</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Same in both</source>
        <translation>Igual nas duas</translation>
    </message>
    <message>
        <source>Merged: yours</source>
        <translation>Mesclado: sua versão</translation>
    </message>
    <message>
        <source>Merged: current</source>
        <translation>Mesclado: versão atual</translation>
    </message>
    <message>
        <source>Version to keep for %1</source>
        <translation>Versão a manter em %1</translation>
    </message>
    <message>
        <source>Choose...</source>
        <translation>Escolha...</translation>
    </message>
    <message>
        <source>Keep your version</source>
        <translation>Manter a sua versão</translation>
    </message>
    <message>
        <source>Keep the current version</source>
        <translation>Manter a versão atual</translation>
    </message>
    <message>
        <source>Everything is merged. Check the result and press Save merged.</source>
        <translation>Tudo mesclado. Confira o resultado e clique em Salvar mesclado.</translation>
    </message>
    <message>
        <source>Still to choose: %1.</source>
        <translation>Falta escolher: %1.</translation>
    </message>
</context>
<context>
    <name>atende::CustomerAnonymizeDialog</name>
    <message>
        <source>&amp;Anonymise</source>
        <translation>&amp;Anonimizar</translation>
    </message>
    <message>
        <source>Anonymise &lt;b&gt;%1&lt;/b&gt;%2?</source>
        <translation>Anonimizar &lt;b&gt;%1&lt;/b&gt;%2?</translation>
    </message>
    <message>
        <source> (code %1)</source>
        <translation> (código %1)</translation>
    </message>
    <message>
        <source>To confirm, type the customer&apos;s name exactly: %1</source>
        <translation>Para confirmar, digite o nome do cliente exatamente: %1</translation>
    </message>
    <message>
        <source>To confirm, type the customer&apos;s code: %1</source>
        <translation>Para confirmar, digite o código do cliente: %1</translation>
    </message>
    <message>
        <source>Anonymising… this may take a while on a large database.</source>
        <translation>Anonimizando… pode demorar em um banco de dados grande.</translation>
    </message>
    <message>
        <source>The customer was anonymised.</source>
        <translation>O cliente foi anonimizado.</translation>
    </message>
    <message>
        <source>Contacts replaced: %1</source>
        <translation>Contatos substituídos: %1</translation>
    </message>
    <message>
        <source>History rows scrubbed: %1</source>
        <translation>Linhas do histórico limpas: %1</translation>
    </message>
    <message>
        <source>Tickets and interactions scrubbed: %1 and %2</source>
        <translation>Atendimentos e interações limpos: %1 e %2</translation>
    </message>
    <message>
        <source>Search rows rewritten: %1</source>
        <translation>Linhas do índice de busca reescritas: %1</translation>
    </message>
    <message>
        <source>Other records scrubbed: %1</source>
        <translation>Outros registros limpos: %1</translation>
    </message>
    <message>
        <source>The database file was rebuilt.</source>
        <translation>O arquivo do banco de dados foi reconstruído.</translation>
    </message>
    <message>
        <source>The database file was not rebuilt: space freed before may still hold old values until it is.</source>
        <translation>O arquivo do banco de dados não foi reconstruído: o espaço liberado antes ainda pode conter valores antigos até que seja.</translation>
    </message>
</context>
<context>
    <name>atende::CustomerCardWidget</name>
    <message>
        <source>Protocol</source>
        <translation>Protocolo</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Setor</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Aberto em</translation>
    </message>
    <message>
        <source>CNPJ</source>
        <translation>CNPJ</translation>
    </message>
    <message>
        <source>CPF</source>
        <translation>CPF</translation>
    </message>
    <message>
        <source>Code %1</source>
        <translation>Código %1</translation>
    </message>
    <message>
        <source>Finance: up to date.</source>
        <translation>Financeiro: em dia.</translation>
    </message>
    <message>
        <source>Finance: %1</source>
        <translation>Financeiro: %1</translation>
    </message>
    <message>
        <source>Partner: %1 - remember to inform the partner.</source>
        <translation>Parceiro: %1 - lembre-se de informar o parceiro.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nenhum)</translation>
    </message>
    <message>
        <source>Has portal access</source>
        <translation>Tem acesso ao portal</translation>
    </message>
    <message>
        <source>No portal access: forward the protocol to the receptionist</source>
        <translation>Sem acesso ao portal: encaminhe o protocolo para a recepção</translation>
    </message>
    <message>
        <source>(no sector)</source>
        <translation>(sem setor)</translation>
    </message>
    <message>
        <source>No tickets yet.</source>
        <translation>Nenhum atendimento ainda.</translation>
    </message>
    <message>
        <source>Last tickets (every sector and status):</source>
        <translation>Últimos atendimentos (todos os setores e situações):</translation>
    </message>
</context>
<context>
    <name>atende::CustomerCsvImportDialog</name>
    <message>
        <source>Line</source>
        <translation>Linha</translation>
    </message>
    <message>
        <source>Why it was refused</source>
        <translation>Motivo da recusa</translation>
    </message>
    <message>
        <source>Import customers</source>
        <translation>Importar clientes</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Arquivos CSV (*.csv *.txt);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation>Verificando o arquivo…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <source>Check: %1 line(s) read, %2 can be imported, %3 would be refused. Nothing was saved.</source>
        <translation>Verificação: %1 linha(s) lida(s), %2 pode(m) ser importada(s), %3 seria(m) recusada(s). Nada foi salvo.</translation>
    </message>
    <message>
        <source>Import: %1 line(s) read, %2 customer(s) imported, %3 refused.</source>
        <translation>Importação: %1 linha(s) lida(s), %2 cliente(s) importado(s), %3 recusada(s).</translation>
    </message>
    <message>
        <source>Columns ignored: %1.</source>
        <translation>Colunas ignoradas: %1.</translation>
    </message>
    <message>
        <source>%1 more refused line(s) are not listed.</source>
        <translation>Mais %1 linha(s) recusada(s) não listada(s).</translation>
    </message>
    <message>
        <source>Stopped at line %1: %2</source>
        <translation>Interrompido na linha %1: %2</translation>
    </message>
    <message>
        <source>Press Import to save the valid lines.</source>
        <translation>Clique em Importar para salvar as linhas válidas.</translation>
    </message>
</context>
<context>
    <name>atende::CustomerEditorDialog</name>
    <message>
        <source>New customer</source>
        <translation>Novo cliente</translation>
    </message>
    <message>
        <source>Individual (CPF)</source>
        <translation>Pessoa física (CPF)</translation>
    </message>
    <message>
        <source>Company (CNPJ)</source>
        <translation>Pessoa jurídica (CNPJ)</translation>
    </message>
    <message>
        <source>(11) 98765-4321; (11) 3333-4444</source>
        <translation>(11) 98765-4321; (11) 3333-4444</translation>
    </message>
    <message>
        <source>name@company.com.br; other@company.com.br</source>
        <translation>nome@empresa.com.br; outro@empresa.com.br</translation>
    </message>
    <message>
        <source>123.456.789-09 or 12.ABC.345/01DE-35</source>
        <translation>123.456.789-09 ou 12.ABC.345/01DE-35</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>(no partner)</source>
        <translation>(sem parceiro)</translation>
    </message>
    <message>
        <source>Customer %1</source>
        <translation>Cliente %1</translation>
    </message>
    <message>
        <source>Partner #%1</source>
        <translation>Parceiro nº %1</translation>
    </message>
    <message>
        <source>Personal data: your profile may not see or change it.</source>
        <translation>Dado pessoal: seu perfil não pode vê-lo nem alterá-lo.</translation>
    </message>
    <message>
        <source>%1 (code %2)</source>
        <translation>%1 (código %2)</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>Possível duplicidade</translation>
    </message>
    <message>
        <source>This looks like a customer already registered:
%1

Open the existing customer (Open), save a new one anyway (Save), or go back to the form (Cancel)?</source>
        <translation>Parece um cliente já cadastrado:
%1

Abrir o cliente existente (Abrir), salvar um novo mesmo assim (Salvar) ou voltar ao formulário (Cancelar)?</translation>
    </message>
    <message>
        <source>Changed again</source>
        <translation>Alterado de novo</translation>
    </message>
    <message>
        <source>The customer was saved again by someone else while you merged. Compare with the newest version.</source>
        <translation>O cliente foi salvo de novo por outra pessoa enquanto você mesclava. Compare com a versão mais nova.</translation>
    </message>
</context>
<context>
    <name>atende::CustomerListModel</name>
    <message>
        <source>Company</source>
        <translation>Pessoa jurídica</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>Pessoa física</translation>
    </message>
    <message>
        <source>In debt</source>
        <translation>Pendência financeira</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>PF/PJ</source>
        <translation>PF/PJ</translation>
    </message>
    <message>
        <source>CPF/CNPJ</source>
        <translation>CPF/CNPJ</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Cidade</translation>
    </message>
    <message>
        <source>Finance</source>
        <translation>Financeiro</translation>
    </message>
</context>
<context>
    <name>atende::CustomerMergeDialog</name>
    <message>
        <source>No customer found. Check what was typed.</source>
        <translation>Nenhum cliente encontrado. Confira o que foi digitado.</translation>
    </message>
    <message>
        <source>Both sides show the same record: choose another one on one side.</source>
        <translation>Os dois lados mostram o mesmo cadastro: escolha outro em um dos lados.</translation>
    </message>
    <message>
        <source>Choose two different records first.</source>
        <translation>Escolha primeiro dois cadastros diferentes.</translation>
    </message>
    <message>
        <source>Merge customers</source>
        <translation>Unificar clientes</translation>
    </message>
    <message>
        <source>Keep &quot;%1&quot; and merge &quot;%2&quot; into it?

Everything of &quot;%2&quot; moves to the kept record and &quot;%2&quot; is deleted. This cannot be undone.</source>
        <translation>Manter &quot;%1&quot; e unificar &quot;%2&quot; nele?

Tudo de &quot;%2&quot; passa para o cadastro mantido e &quot;%2&quot; é excluído. Não é possível desfazer.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was merged into &quot;%2&quot;.

Moved: %3 ticket(s), %4 contact(s), %5 e-mail(s) and phone(s), %6 contact record(s), %7 propert(ies), %8 rental contract(s).</source>
        <translation>&quot;%1&quot; foi unificado em &quot;%2&quot;.

Transferidos: %3 atendimento(s), %4 contato(s) do cliente, %5 e-mail(s) e telefone(s), %6 registro(s) de contato, %7 imóvel(is), %8 contrato(s) de locação.</translation>
    </message>
</context>
<context>
    <name>atende::CustomerSearchDialog</name>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>CPF/CNPJ</source>
        <translation>CPF/CNPJ</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Cidade</translation>
    </message>
    <message>
        <source>No customer found. Check what was typed, or register a new customer.</source>
        <translation>Nenhum cliente encontrado. Confira o que foi digitado ou cadastre um novo cliente.</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) found.</source>
        <translation>
            <numerusform>%n cliente(s) encontrado(s).</numerusform>
            <numerusform>%n cliente(s) encontrado(s).</numerusform>
        </translation>
    </message>
    <message>
        <source>As &amp;PDF…</source>
        <translation>Em &amp;PDF…</translation>
    </message>
    <message>
        <source>As &amp;JSON…</source>
        <translation>Em &amp;JSON…</translation>
    </message>
</context>
<context>
    <name>atende::DashboardWidget</name>
    <message>
        <source>Log in to see the dashboard.</source>
        <translation>Entre no sistema para ver o painel.</translation>
    </message>
    <message>
        <source>All sectors</source>
        <translation>Todos os setores</translation>
    </message>
    <message>
        <source>Your profile does not show reports.</source>
        <translation>Seu perfil não permite ver relatórios.</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Calculando…</translation>
    </message>
    <message>
        <source>%1 contacts, %2 open tickets, %3 deadlines missed, %4 short calls without ticket (%5 ms)</source>
        <translation>%1 contatos, %2 atendimentos abertos, %3 prazos perdidos, %4 ligações curtas sem atendimento (%5 ms)</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Chatbot</source>
        <translation>Chatbot</translation>
    </message>
    <message>
        <source>Portal</source>
        <translation>Portal</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Interno</translation>
    </message>
    <message>
        <source>Contacts per day by channel</source>
        <translation>Contatos por dia e canal</translation>
    </message>
    <message>
        <source>Backlog by status and sector (click: open the tickets)</source>
        <translation>Pendências por situação e setor (clique: abre os atendimentos)</translation>
    </message>
    <message>
        <source>No sector</source>
        <translation>Sem setor</translation>
    </message>
    <message>
        <source>Deadlines missed by sector (click: open ones past deadline)</source>
        <translation>Prazos perdidos por setor (clique: abertos com prazo vencido)</translation>
    </message>
    <message>
        <source>Deadlines missed</source>
        <translation>Prazos perdidos</translation>
    </message>
    <message>
        <source>Average hours per responsible (click: their open tickets)</source>
        <translation>Horas em média por responsável (clique: seus atendimentos abertos)</translation>
    </message>
    <message>
        <source>Average hours per sector</source>
        <translation>Horas em média por setor</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>Primeira resposta</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Resolução</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nenhum)</translation>
    </message>
    <message>
        <source>Calls under 5 minutes without ticket</source>
        <translation>Ligações de menos de 5 minutos sem atendimento</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Ligações</translation>
    </message>
</context>
<context>
    <name>atende::DirectoryDialog</name>
    <message>
        <source>Finance (individuals, PF)</source>
        <translation>Financeiro (pessoa física, PF)</translation>
    </message>
    <message>
        <source>Finance (companies, PJ)</source>
        <translation>Financeiro (pessoa jurídica, PJ)</translation>
    </message>
    <message>
        <source>Receptionist</source>
        <translation>Recepção</translation>
    </message>
    <message>
        <source>Partner company</source>
        <translation>Empresa parceira</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Outro</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Ativo</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sim</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Não</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>Diretório</translation>
    </message>
    <message>
        <source>The changes to this entry were not saved. Discard them?</source>
        <translation>As alterações neste contato não foram salvas. Descartá-las?</translation>
    </message>
    <message>
        <source>&quot;%1&quot; saved.</source>
        <translation>&quot;%1&quot; salvo.</translation>
    </message>
</context>
<context>
    <name>atende::FirstRunDialog</name>
    <message>
        <source>&amp;Create and log in</source>
        <translation>&amp;Criar e entrar</translation>
    </message>
    <message>
        <source>The two passwords differ. Type the same password in both fields.</source>
        <translation>As duas senhas são diferentes. Digite a mesma senha nos dois campos.</translation>
    </message>
</context>
<context>
    <name>atende::KnowledgeAdminDialog</name>
    <message>
        <source>Knowledge base</source>
        <translation>Base de conhecimento</translation>
    </message>
    <message>
        <source>The new article was not saved. Discard it?</source>
        <translation>O novo artigo não foi salvo. Descartá-lo?</translation>
    </message>
    <message>
        <source>The changes to &quot;%1&quot; were not saved. Discard them?</source>
        <translation>As alterações em &quot;%1&quot; não foram salvas. Descartá-las?</translation>
    </message>
    <message>
        <source>&quot;%1&quot; saved.</source>
        <translation>&quot;%1&quot; salvo.</translation>
    </message>
    <message>
        <source>Delete article</source>
        <translation>Excluir artigo</translation>
    </message>
    <message>
        <source>Delete the article &quot;%1&quot;? Agents will no longer find it.</source>
        <translation>Excluir o artigo &quot;%1&quot;? Os agentes não o encontrarão mais.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; deleted.</source>
        <translation>&quot;%1&quot; excluído.</translation>
    </message>
</context>
<context>
    <name>atende::KnowledgePanel</name>
    <message>
        <source>The newest articles.</source>
        <translation>Os artigos mais recentes.</translation>
    </message>
    <message>
        <source>No article found. Try other words.</source>
        <translation>Nenhum artigo encontrado. Tente outras palavras.</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) found.</source>
        <translation>
            <numerusform>%n artigo(s) encontrado(s).</numerusform>
            <numerusform>%n artigo(s) encontrado(s).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>atende::LanguageAssist</name>
    <message>
        <source>Underlined: language to avoid with the customer. Ctrl+. applies the suggestion.</source>
        <translation>Sublinhado: linguagem a evitar com o cliente. Ctrl+. aplica a sugestão.</translation>
    </message>
    <message>
        <source>Gerundism</source>
        <translation>Gerundismo</translation>
    </message>
    <message>
        <source>Informal language</source>
        <translation>Linguagem informal</translation>
    </message>
    <message>
        <source>remove &quot;%1&quot;</source>
        <translation>retire &quot;%1&quot;</translation>
    </message>
    <message>
        <source>say &quot;%1&quot;</source>
        <translation>diga &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1: %2 (Ctrl+.)</source>
        <translation>%1: %2 (Ctrl+.)</translation>
    </message>
</context>
<context>
    <name>atende::LoginDialog</name>
    <message>
        <source>&amp;Log in</source>
        <translation>&amp;Entrar</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Verificando…</translation>
    </message>
</context>
<context>
    <name>atende::MailTemplateDialog</name>
    <message>
        <source>Protocol e-mail (end of call)</source>
        <translation>E-mail de protocolo (fim da ligação)</translation>
    </message>
    <message>
        <source>Reply to the customer</source>
        <translation>Resposta ao cliente</translation>
    </message>
    <message>
        <source>Copy to a third party</source>
        <translation>Cópia para terceiro</translation>
    </message>
    <message>
        <source>Variables: %1. A part between {#os} and {/os} appears only when there is an O.S. number.</source>
        <translation>Variáveis: %1. Um trecho entre {#os} e {/os} aparece somente quando há número de O.S.</translation>
    </message>
</context>
<context>
    <name>atende::MainWindow</name>
    <message>
        <source>Database: %1</source>
        <translation>Banco de dados: %1</translation>
    </message>
    <message>
        <source>Schema version %1</source>
        <translation>Versão do esquema %1</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Todas as situações</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Abrir banco de dados</translation>
    </message>
    <message>
        <source>Atende databases (*.sqlite *.db);;All files (*)</source>
        <translation>Bancos de dados do Atende (*.sqlite *.db);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>About Atende</source>
        <translation>Sobre o Atende</translation>
    </message>
    <message>
        <source>Atende %1

Helpdesk for Brazilian support and contact-center teams.</source>
        <translation>Atende %1

Atendimento para equipes brasileiras de suporte e central de atendimento.</translation>
    </message>
    <message>
        <source>Counting tickets…</source>
        <translation>Contando atendimentos…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln ticket(s)</source>
        <translation>
            <numerusform>%Ln atendimento</numerusform>
            <numerusform>%Ln atendimentos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln ticket(s)</source>
        <translation>
            <numerusform>%1 de %Ln atendimento</numerusform>
            <numerusform>%1 de %Ln atendimentos</numerusform>
        </translation>
    </message>
    <message>
        <source>Tickets not counted</source>
        <translation>Atendimentos não contados</translation>
    </message>
    <message>
        <source>User: %1 (%2)</source>
        <translation>Usuário: %1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Queues</source>
        <translation>&amp;Filas</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Painel</translation>
    </message>
    <message>
        <source>On-call &amp;roster…</source>
        <translation>&amp;Plantão…</translation>
    </message>
    <message>
        <source>Open ticket by &amp;protocol…</source>
        <translation>Abrir atendimento por &amp;protocolo…</translation>
    </message>
    <message>
        <source>&amp;Workflow…</source>
        <translation>&amp;Fluxo de atendimento…</translation>
    </message>
    <message>
        <source>Open ticket</source>
        <translation>Abrir atendimento</translation>
    </message>
    <message>
        <source>Protocol:</source>
        <translation>Protocolo:</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>&amp;SMTP settings…</source>
        <translation>Configurações &amp;SMTP…</translation>
    </message>
    <message>
        <source>E-mail &amp;templates…</source>
        <translation>&amp;Modelos de e-mail…</translation>
    </message>
    <message>
        <source>&amp;Outbox…</source>
        <translation>Caixa de &amp;saída…</translation>
    </message>
    <message>
        <source>&amp;New call</source>
        <translation>&amp;Novo atendimento</translation>
    </message>
    <message>
        <source>New call</source>
        <translation>Novo atendimento</translation>
    </message>
    <message>
        <source>Server: connected</source>
        <translation>Servidor: conectado</translation>
    </message>
    <message>
        <source>Server: no connection, reconnecting…</source>
        <translation>Servidor: sem conexão, reconectando…</translation>
    </message>
    <message>
        <source>&amp;Search everything…</source>
        <translation>&amp;Buscar em tudo…</translation>
    </message>
</context>
<context>
    <name>atende::OnDutyLabel</name>
    <message>
        <source>On duty: unknown</source>
        <translation>Plantão: desconhecido</translation>
    </message>
    <message>
        <source>%1 (leader)</source>
        <translation>%1 (líder)</translation>
    </message>
    <message>
        <source>On duty: nobody</source>
        <translation>Plantão: ninguém</translation>
    </message>
    <message>
        <source>On duty: %1</source>
        <translation>Plantão: %1</translation>
    </message>
</context>
<context>
    <name>atende::OutboxDialog</name>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Situação</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Assunto</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentativas</translation>
    </message>
    <message>
        <source>Next attempt</source>
        <translation>Próxima tentativa</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Na fila</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Enviando</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Will retry</source>
        <translation>Nova tentativa agendada</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Com falha</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Cancel sending message %1? It will not be sent.</source>
        <translation>Cancelar o envio da mensagem %1? Ela não será enviada.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Não foi possível gravar %1: %2</translation>
    </message>
    <message>
        <source>No program opens .eml files here. The message was saved as %1.</source>
        <translation>Nenhum programa abre arquivos .eml aqui. A mensagem foi salva como %1.</translation>
    </message>
    <message>
        <source>Save message as .eml</source>
        <translation>Salvar mensagem como .eml</translation>
    </message>
    <message>
        <source>E-mail messages (*.eml)</source>
        <translation>Mensagens de e-mail (*.eml)</translation>
    </message>
</context>
<context>
    <name>atende::OutboxStatusWidget</name>
    <message>
        <source>E-mails: all sent</source>
        <translation>E-mails: todos enviados</translation>
    </message>
    <message>
        <source>E-mails: %1 waiting</source>
        <translation>E-mails: %1 aguardando</translation>
    </message>
    <message>
        <source>E-mails: %1 waiting, %2 failed</source>
        <translation>E-mails: %1 aguardando, %2 com falha</translation>
    </message>
    <message>
        <source>Click to open the outbox.</source>
        <translation>Clique para abrir a caixa de saída.</translation>
    </message>
</context>
<context>
    <name>atende::QueuePanel</name>
    <message>
        <source>Queues not counted: %1</source>
        <translation>Filas não contadas: %1</translation>
    </message>
    <message>
        <source>Any priority</source>
        <translation>Qualquer prioridade</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Crítica</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Média</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Baixa</translation>
    </message>
    <message>
        <source>Very low</source>
        <translation>Muito baixa</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Qualquer situação</translation>
    </message>
    <message>
        <source>Any sector</source>
        <translation>Qualquer setor</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Qualquer responsável</translation>
    </message>
    <message>
        <source>Any subject</source>
        <translation>Qualquer assunto</translation>
    </message>
    <message>
        <source>Shared filter saved by %1</source>
        <translation>Filtro compartilhado salvo por %1</translation>
    </message>
    <message>
        <source>Your saved filter</source>
        <translation>Seu filtro salvo</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Contando…</translation>
    </message>
    <message>
        <source>%1+</source>
        <translation>%1+</translation>
    </message>
    <message>
        <source>More than %1 tickets in this view</source>
        <translation>Mais de %1 atendimentos nesta fila</translation>
    </message>
    <message numerus="yes">
        <source>%Ln ticket(s) in this view</source>
        <translation>
            <numerusform>%Ln atendimento nesta fila | %Ln atendimentos nesta fila</numerusform>
            <numerusform>%Ln atendimento nesta fila | %Ln atendimentos nesta fila</numerusform>
        </translation>
    </message>
    <message>
        <source>Log in to save filters.</source>
        <translation>Entre no sistema para salvar filtros.</translation>
    </message>
    <message>
        <source>Save the current filter under a name (Ctrl+S).</source>
        <translation>Salva o filtro atual com um nome (Ctrl+S).</translation>
    </message>
    <message>
        <source>Save filter</source>
        <translation>Salvar filtro</translation>
    </message>
    <message>
        <source>Delete filter</source>
        <translation>Excluir filtro</translation>
    </message>
    <message>
        <source>Delete the saved filter &quot;%1&quot;?</source>
        <translation>Excluir o filtro salvo &quot;%1&quot;?</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>Share with &amp;everyone</source>
        <translation>Compartilhar com &amp;todos</translation>
    </message>
</context>
<context>
    <name>atende::ReminderDock</name>
    <message>
        <source>Reminders</source>
        <translation>Lembretes</translation>
    </message>
    <message>
        <source>Log in to see your reminders.</source>
        <translation>Entre no sistema para ver seus lembretes.</translation>
    </message>
    <message>
        <source>Next actions due</source>
        <translation>Próximas ações a fazer</translation>
    </message>
    <message>
        <source>Supervision analysis past 24 hours</source>
        <translation>Análise de Supervisão há mais de 24 horas</translation>
    </message>
    <message>
        <source>Nothing due.</source>
        <translation>Nada pendente.</translation>
    </message>
    <message>
        <source>Overdue since %1</source>
        <translation>Vencida desde %1</translation>
    </message>
    <message>
        <source>Next action overdue: %1 %2</source>
        <translation>Próxima ação vencida: %1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n next action(s) overdue</source>
        <translation>
            <numerusform>%n próxima ação vencida | %n próximas ações vencidas</numerusform>
            <numerusform>%n próxima ação vencida | %n próximas ações vencidas</numerusform>
        </translation>
    </message>
    <message>
        <source>Atende reminders</source>
        <translation>Lembretes do Atende</translation>
    </message>
</context>
<context>
    <name>atende::RosterDialog</name>
    <message>
        <source>On-call roster</source>
        <translation>Plantão</translation>
    </message>
    <message>
        <source>Weekly slots</source>
        <translation>Horários da semana</translation>
    </message>
    <message>
        <source>&amp;Leader</source>
        <translation>&amp;Líder</translation>
    </message>
    <message>
        <source>&amp;Add slot</source>
        <translation>&amp;Adicionar horário</translation>
    </message>
    <message>
        <source>&amp;Remove slot</source>
        <translation>&amp;Remover horário</translation>
    </message>
    <message>
        <source>Exceptions (holidays)</source>
        <translation>Exceções (feriados)</translation>
    </message>
    <message>
        <source>Description (e.g. Natal)</source>
        <translation>Descrição (ex.: Natal)</translation>
    </message>
    <message>
        <source>Add e&amp;xception</source>
        <translation>Adicionar e&amp;xceção</translation>
    </message>
    <message>
        <source>Remove exc&amp;eption</source>
        <translation>Remover exc&amp;eção</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Ninguém</translation>
    </message>
    <message>
        <source> (leader)</source>
        <translation> (líder)</translation>
    </message>
    <message>
        <source>nobody on duty</source>
        <translation>ninguém de plantão</translation>
    </message>
    <message>
        <source>Add slot</source>
        <translation>Adicionar horário</translation>
    </message>
    <message>
        <source>Add exception</source>
        <translation>Adicionar exceção</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
</context>
<context>
    <name>atende::SearchWindow</name>
    <message>
        <source>Type what you are looking for: the results follow the typing.</source>
        <translation>Digite o que procura: os resultados acompanham a digitação.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <source>Exact match</source>
        <translation>Resultado exato</translation>
    </message>
    <message>
        <source>Tickets (%1)</source>
        <translation>Atendimentos (%1)</translation>
    </message>
    <message>
        <source>Customers (%1)</source>
        <translation>Clientes (%1)</translation>
    </message>
    <message>
        <source>Knowledge base (%1)</source>
        <translation>Base de conhecimento (%1)</translation>
    </message>
    <message>
        <source>Nothing found for “%1”. Try fewer words, or other ones.</source>
        <translation>Nada encontrado para “%1”. Tente menos palavras, ou outras.</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) for “%1”; the words found are in bold.</source>
        <translation>
            <numerusform>%n resultado para “%1”; as palavras encontradas estão em negrito.</numerusform>
            <numerusform>%n resultados para “%1”; as palavras encontradas estão em negrito.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Open ticket</source>
        <translation>&amp;Abrir atendimento</translation>
    </message>
    <message>
        <source>Enter opens the ticket.</source>
        <translation>Enter abre o atendimento.</translation>
    </message>
    <message>
        <source>&amp;Open customer</source>
        <translation>&amp;Abrir cliente</translation>
    </message>
    <message>
        <source>Enter opens the customer&apos;s card.</source>
        <translation>Enter abre a ficha do cliente.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
</context>
<context>
    <name>atende::ServerConnectionDialog</name>
    <message>
        <source>Use if the server offers it</source>
        <translation>Usar se o servidor oferecer</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obrigatória</translation>
    </message>
    <message>
        <source>Required, with the server&apos;s certificate verified</source>
        <translation>Obrigatória, com o certificado do servidor conferido</translation>
    </message>
    <message>
        <source>Off (local network only)</source>
        <translation>Desligada (só em rede local)</translation>
    </message>
    <message>
        <source>Fill in the server, the database and the database user.</source>
        <translation>Preencha o servidor, o banco de dados e o usuário do banco.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Conectando a %1…</translation>
    </message>
</context>
<context>
    <name>atende::SmtpSettingsDialog</name>
    <message>
        <source>TLS from the start (port 465)</source>
        <translation>TLS desde o início (porta 465)</translation>
    </message>
    <message>
        <source>STARTTLS (port 587)</source>
        <translation>STARTTLS (porta 587)</translation>
    </message>
    <message>
        <source>No encryption (local relay only)</source>
        <translation>Sem criptografia (somente relay local)</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Settings incomplete</source>
        <translation>Configurações incompletas</translation>
    </message>
    <message>
        <source>Server not found (DNS)</source>
        <translation>Servidor não encontrado (DNS)</translation>
    </message>
    <message>
        <source>Connection refused</source>
        <translation>Conexão recusada</translation>
    </message>
    <message>
        <source>No answer (timeout)</source>
        <translation>Sem resposta (tempo esgotado)</translation>
    </message>
    <message>
        <source>Connection lost</source>
        <translation>Conexão perdida</translation>
    </message>
    <message>
        <source>Secure connection (TLS) failed</source>
        <translation>Falha na conexão segura (TLS)</translation>
    </message>
    <message>
        <source>User or password refused</source>
        <translation>Usuário ou senha recusados</translation>
    </message>
    <message>
        <source>Sender rejected</source>
        <translation>Remetente recusado</translation>
    </message>
    <message>
        <source>Recipient rejected</source>
        <translation>Destinatário recusado</translation>
    </message>
    <message>
        <source>Message rejected</source>
        <translation>Mensagem recusada</translation>
    </message>
    <message>
        <source>Not an SMTP server</source>
        <translation>Não é um servidor SMTP</translation>
    </message>
    <message>
        <source>Server not taking mail</source>
        <translation>Servidor não está aceitando mensagens</translation>
    </message>
    <message>
        <source>Sending a test e-mail...</source>
        <translation>Enviando um e-mail de teste...</translation>
    </message>
    <message>
        <source>The test e-mail was accepted by the server. Check that it arrived.</source>
        <translation>O e-mail de teste foi aceito pelo servidor. Confira se ele chegou.</translation>
    </message>
    <message>
        <source>The settings were saved, but the password was not: %1</source>
        <translation>As configurações foram salvas, mas a senha não: %1</translation>
    </message>
</context>
<context>
    <name>atende::TicketListModel</name>
    <message>
        <source>Critical</source>
        <translation>Crítica</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Média</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Baixa</translation>
    </message>
    <message>
        <source>Very low</source>
        <translation>Muito baixa</translation>
    </message>
    <message>
        <source>Priority %1 (1 is the highest)</source>
        <translation>Prioridade %1 (1 é a mais alta)</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocolo</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Setor</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Assunto</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsável</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridade</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Aberto em</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Atualizado em</translation>
    </message>
</context>
<context>
    <name>atende::TicketWindow</name>
    <message>
        <source>Phone</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Chatbot</source>
        <translation>Chatbot</translation>
    </message>
    <message>
        <source>Portal</source>
        <translation>Portal</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Interno</translation>
    </message>
    <message>
        <source>Canned reply</source>
        <translation>Resposta automática</translation>
    </message>
    <message>
        <source>Manual reply</source>
        <translation>Resposta manual</translation>
    </message>
    <message>
        <source>Interaction record</source>
        <translation>Interação do atendimento</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sim</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Não</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Visible to customer</source>
        <translation>Visível ao cliente</translation>
    </message>
    <message>
        <source>E-mailed</source>
        <translation>Enviado por e-mail</translation>
    </message>
    <message>
        <source>Copy to</source>
        <translation>Cópia para</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Arquivo</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamanho</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Adicionado em</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocolo</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tarefa</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Prazo</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Feita</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuário</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Ação</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>Valor anterior</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Novo valor</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Média</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Baixa</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Anexar arquivos</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nenhum)</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Atendimento</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(ninguém)</translation>
    </message>
    <message>
        <source>Ticket %1</source>
        <translation>Atendimento %1</translation>
    </message>
    <message>
        <source>(no customer)</source>
        <translation>(sem cliente)</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 por %2</translation>
    </message>
    <message>
        <source>%1 (paused)</source>
        <translation>%1 (pausado)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhum</translation>
    </message>
    <message>
        <source>Priority %1</source>
        <translation>Prioridade %1</translation>
    </message>
    <message>
        <source>Mandatory for this subject</source>
        <translation>Obrigatório para este assunto</translation>
    </message>
    <message>
        <source>Save ticket</source>
        <translation>Salvar atendimento</translation>
    </message>
    <message>
        <source>Change status</source>
        <translation>Alterar situação</translation>
    </message>
    <message>
        <source>No other status is allowed for this ticket now.</source>
        <translation>Nenhuma outra situação é permitida para este atendimento agora.</translation>
    </message>
    <message>
        <source>Resolve problem</source>
        <translation>Resolver problema</translation>
    </message>
    <message numerus="yes">
        <source>This problem has %n open incident(s). Resolve them too, with this solution and one message to each customer?</source>
        <translation>
            <numerusform>Este problema tem %n incidente aberto. Resolvê-lo também, com esta solução e uma mensagem ao cliente?</numerusform>
            <numerusform>Este problema tem %n incidentes abertos. Resolvê-los também, com esta solução e uma mensagem a cada cliente?</numerusform>
        </translation>
    </message>
    <message>
        <source>The problem behind your ticket was solved: %1</source>
        <translation>O problema que causou o seu atendimento foi resolvido: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s) resolved.</source>
        <translation>
            <numerusform>%n incidente resolvido.</numerusform>
            <numerusform>%n incidentes resolvidos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ticket #%1 was left as it was: %2</source>
        <translation>O atendimento nº %1 ficou como estava: %2</translation>
    </message>
    <message>
        <source>Answer ticket</source>
        <translation>Responder atendimento</translation>
    </message>
    <message>
        <source>Clone ticket</source>
        <translation>Clonar atendimento</translation>
    </message>
    <message>
        <source>Create a new ticket with the same customer, subject, sector, priority, title and description as %1?</source>
        <translation>Criar um novo atendimento com o mesmo cliente, assunto, setor, prioridade, título e descrição de %1?</translation>
    </message>
    <message>
        <source>Ticket %1 was created as a copy of %2.</source>
        <translation>O atendimento %1 foi criado como cópia de %2.</translation>
    </message>
    <message>
        <source>Link tickets</source>
        <translation>Vincular atendimentos</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>Nova tarefa</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tarefas</translation>
    </message>
    <message>
        <source>Changed by another user</source>
        <translation>Alterado por outro usuário</translation>
    </message>
    <message>
        <source>%1

Reload now? What you typed stays in the fields.</source>
        <translation>%1

Recarregar agora? O que você digitou continua nos campos.</translation>
    </message>
    <message>
        <source>Could not read the file %1.</source>
        <translation>Não foi possível ler o arquivo %1.</translation>
    </message>
    <message>
        <source>screenshot-%1.png</source>
        <translation>captura-%1.png</translation>
    </message>
    <message>
        <source>Paste from clipboard</source>
        <translation>Colar da área de transferência</translation>
    </message>
    <message>
        <source>The clipboard has no image or file to attach. Copy a screenshot or a file first.</source>
        <translation>A área de transferência não tem imagem nem arquivo para anexar. Copie uma captura de tela ou um arquivo antes.</translation>
    </message>
    <message>
        <source>Save attachment</source>
        <translation>Salvar anexo</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Não foi possível gravar %1.</translation>
    </message>
    <message>
        <source>another agent</source>
        <translation>outro atendente</translation>
    </message>
    <message>
        <source>This ticket was just changed by %1 on another workstation. &lt;a href=&quot;reload&quot;&gt;Reload&lt;/a&gt; to see the change; what you typed here is kept.</source>
        <translation>Este atendimento acabou de ser alterado por %1 em outra estação. &lt;a href=&quot;reload&quot;&gt;Recarregue&lt;/a&gt; para ver a alteração; o que você digitou aqui é mantido.</translation>
    </message>
    <message>
        <source>Changed again</source>
        <translation>Alterado de novo</translation>
    </message>
    <message>
        <source>The ticket was saved again by someone else while you merged. Compare with the newest version.</source>
        <translation>O atendimento foi salvo de novo por outra pessoa enquanto você mesclava. Compare com a versão mais nova.</translation>
    </message>
</context>
<context>
    <name>atende::UsersAdminDialog</name>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Situação</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Ativo</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inativo</translation>
    </message>
    <message>
        <source>Locked until %1</source>
        <translation>Bloqueado até %1</translation>
    </message>
    <message>
        <source>new password, for Reset password</source>
        <translation>nova senha, para Redefinir senha</translation>
    </message>
    <message numerus="yes">
        <source>locked after %n failed login(s)</source>
        <translation>
            <numerusform>bloqueado após %n tentativa(s) de login sem sucesso</numerusform>
            <numerusform>bloqueado após %n tentativa(s) de login sem sucesso</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Desativar</translation>
    </message>
    <message>
        <source>&amp;Activate</source>
        <translation>&amp;Ativar</translation>
    </message>
    <message>
        <source>the user&apos;s first password</source>
        <translation>a primeira senha do usuário</translation>
    </message>
    <message>
        <source>New user</source>
        <translation>Novo usuário</translation>
    </message>
    <message>
        <source>New user: type the login, the name, choose the profile and the first password, then save.</source>
        <translation>Novo usuário: digite o login e o nome, escolha o perfil e a primeira senha e salve.</translation>
    </message>
    <message>
        <source>User added.</source>
        <translation>Usuário incluído.</translation>
    </message>
    <message>
        <source>User saved.</source>
        <translation>Usuário salvo.</translation>
    </message>
    <message>
        <source>User activated.</source>
        <translation>Usuário ativado.</translation>
    </message>
    <message>
        <source>User deactivated.</source>
        <translation>Usuário desativado.</translation>
    </message>
    <message>
        <source>User unlocked.</source>
        <translation>Usuário desbloqueado.</translation>
    </message>
    <message>
        <source>Password changed. Tell the user the new password in person.</source>
        <translation>Senha alterada. Informe a nova senha ao usuário pessoalmente.</translation>
    </message>
</context>
<context>
    <name>atende::WorkflowEditorDialog</name>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Encerrada</translation>
    </message>
    <message>
        <source>Pauses deadline</source>
        <translation>Pausa o prazo</translation>
    </message>
    <message>
        <source>Initial</source>
        <translation>Inicial</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>Permission</source>
        <translation>Permissão</translation>
    </message>
    <message>
        <source>Required fields</source>
        <translation>Campos obrigatórios</translation>
    </message>
    <message>
        <source>Field names separated by commas. Known fields: %1</source>
        <translation>Nomes dos campos separados por vírgula. Campos conhecidos: %1</translation>
    </message>
    <message>
        <source>New status</source>
        <translation>Nova situação</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dia</translation>
    </message>
    <message>
        <source>Opens</source>
        <translation>Abre</translation>
    </message>
    <message>
        <source>Closes</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Workflow</source>
        <translation>Fluxo de atendimento</translation>
    </message>
    <message>
        <source>Your profile may not change the workflow (workflow.admin).</source>
        <translation>Seu perfil não pode alterar o fluxo de atendimento (workflow.admin).</translation>
    </message>
    <message>
        <source>The workflow is valid.</source>
        <translation>O fluxo de atendimento está válido.</translation>
    </message>
    <message>
        <source>Fix these problems before saving:</source>
        <translation>Corrija estes problemas antes de salvar:</translation>
    </message>
</context>
<context>
    <name>atendectl</name>
    <message>
        <source>atendectl stopped because of an internal error; see the log for details.
</source>
        <translation>O atendectl parou por um erro interno; veja os detalhes no log.
</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Could not write the screenshot %1.</source>
        <translation>Não foi possível gravar a captura de tela %1.</translation>
    </message>
    <message>
        <source>Atende helpdesk</source>
        <translation>Atende — atendimento</translation>
    </message>
    <message>
        <source>Database file.</source>
        <translation>Arquivo de banco de dados.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>caminho</translation>
    </message>
    <message>
        <source>Show the window, save a picture of it as PNG and exit.</source>
        <translation>Mostra a janela, salva uma imagem dela em PNG e sai.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>arquivo</translation>
    </message>
    <message>
        <source>Atende</source>
        <translation>Atende</translation>
    </message>
    <message>
        <source>Unknown screen %1. Use customer-card, customer-editor, profiles, users, audit or login.</source>
        <translation>Tela desconhecida: %1. Use customer-card, customer-editor, profiles, users, audit ou login.</translation>
    </message>
    <message>
        <source>Log in as this user, with the password from the ATENDE_PASSWORD environment variable (for automation and screenshots).</source>
        <translation>Entrar como este usuário, com a senha da variável de ambiente ATENDE_PASSWORD (para automação e capturas de tela).</translation>
    </message>
    <message>
        <source>login</source>
        <translation>login</translation>
    </message>
    <message>
        <source>With --screenshot: picture this screen instead of the main window (login, customer-card, customer-editor, profiles, users, audit).</source>
        <translation>Com --screenshot: capturar esta tela em vez da janela principal (login, customer-card, customer-editor, profiles, users, audit).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nome</translation>
    </message>
    <message>
        <source>Customer id for --screen customer-card.</source>
        <translation>Id do cliente para --screen customer-card.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>This database has no users yet. Start Atende once without --screenshot/--user to create the administrator.</source>
        <translation>Este banco de dados ainda não tem usuários. Abra o Atende uma vez sem --screenshot/--user para criar o administrador.</translation>
    </message>
    <message>
        <source>--user needs the password in the ATENDE_PASSWORD environment variable.</source>
        <translation>--user precisa da senha na variável de ambiente ATENDE_PASSWORD.</translation>
    </message>
    <message>
        <source>--screenshot needs --user LOGIN (with the password in the ATENDE_PASSWORD environment variable), or --screen login.</source>
        <translation>--screenshot precisa de --user LOGIN (com a senha na variável de ambiente ATENDE_PASSWORD), ou --screen login.</translation>
    </message>
</context>
</TS>
