<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>AuditLog</name>
    <message>
        <source>Could not record the change history.</source>
        <translation>Não foi possível registrar o histórico da alteração.</translation>
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
        <translation><numerusform>%n registro aponta para dados que não existem.</numerusform><numerusform>%n registros apontam para dados que não existem.</numerusform></translation>
    </message>
    <message>
        <source>The schema is at version %1; this program uses version %2. Run "atendectl migrate".</source>
        <translation>O esquema está na versão %1; este programa usa a versão %2. Execute "atendectl migrate".</translation>
    </message>
</context>
<context>
    <name>DocumentNumber</name>
    <message>
        <source>The character "%1" cannot be part of a CPF or CNPJ.</source>
        <translation>O caractere "%1" não pode fazer parte de um CPF ou CNPJ.</translation>
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
        <translation><numerusform>O CPF tem 11 dígitos e o CNPJ 14 caracteres; este valor tem %n.</numerusform><numerusform>O CPF tem 11 dígitos e o CNPJ 14 caracteres; este valor tem %n.</numerusform></translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>Could not update the database to schema %1 (%2). The database was left at schema %3, unchanged.</source>
        <translation>Não foi possível atualizar o banco de dados para o esquema %1 (%2). O banco de dados ficou no esquema %3, sem alterações.</translation>
    </message>
</context>
</TS>
