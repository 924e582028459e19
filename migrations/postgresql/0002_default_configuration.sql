-- Default configuration every new database starts with; all of it is data an administrator can change.
-- Words follow the seeds (Portuguese), because these rows are what agents read on screen.

INSERT INTO app_settings (key, value) VALUES
    ('company.name', 'Atende Demonstração'),
    ('protocol.format', '{yyyy}{MM}{dd}-{ws}-{seq:6}'),
    ('finance.block_after_days', '7'),
    ('call.ticket_required_after_seconds', '300');

INSERT INTO sectors (id, name) VALUES
    (1, 'Suporte'),
    (2, 'Implantação'),
    (3, 'Comercial'),
    (4, 'Financeiro'),
    (5, 'Desenvolvimento'),
    (6, 'Administração de imóveis'),
    (7, 'Captação');

-- Access profiles and their permissions (the names are the ones core checks).
INSERT INTO access_profiles (id, name, description) VALUES
    (1, 'Agente', 'Atende ligações, registra e responde atendimentos'),
    (2, 'Líder', 'Revisa, encaminha e mede os atendimentos da equipe'),
    (3, 'Administrador', 'Configura o sistema, usuários e perfis'),
    (4, 'Captador', 'Recebe e conduz processos de captação');

INSERT INTO profile_permissions (profile_id, permission) VALUES
    (1, 'ticket.view'), (1, 'ticket.create'), (1, 'ticket.edit'), (1, 'ticket.change_status'),
    (1, 'ticket.reply'), (1, 'ticket.clone'), (1, 'customer.view'), (1, 'customer.edit'),
    (1, 'personal_data.view'), (1, 'call.run'),
    (2, 'ticket.view'), (2, 'ticket.create'), (2, 'ticket.edit'), (2, 'ticket.change_status'),
    (2, 'ticket.reply'), (2, 'ticket.clone'), (2, 'ticket.supervise'), (2, 'ticket.bulk'),
    (2, 'ticket.cancel'), (2, 'customer.view'), (2, 'customer.edit'), (2, 'customer.merge'),
    (2, 'personal_data.view'), (2, 'call.run'), (2, 'report.view'), (2, 'audit.view'), (2, 'roster.edit'),
    (3, 'ticket.view'), (3, 'ticket.create'), (3, 'ticket.edit'), (3, 'ticket.change_status'),
    (3, 'ticket.reply'), (3, 'ticket.clone'), (3, 'ticket.supervise'), (3, 'ticket.bulk'),
    (3, 'ticket.cancel'), (3, 'customer.view'), (3, 'customer.edit'), (3, 'customer.merge'),
    (3, 'customer.anonymize'), (3, 'personal_data.view'), (3, 'call.run'), (3, 'report.view'),
    (3, 'audit.view'), (3, 'roster.edit'), (3, 'user.admin'), (3, 'profile.admin'), (3, 'workflow.admin'),
    (3, 'mail.admin'), (3, 'settings.admin'),
    (4, 'ticket.view'), (4, 'ticket.reply'), (4, 'customer.view'), (4, 'personal_data.view'),
    (4, 'capture.receive');

-- Workflow de atendimentos (seeds 000, 003, 004).
INSERT INTO workflow_statuses (id, code, name, is_closed, pauses_deadline, is_initial, sort_order) VALUES
    (1, 'new', 'Novo', 0, 0, 1, 10),
    (2, 'pending', 'Pendente', 0, 0, 0, 20),
    (3, 'in_progress', 'Em atendimento', 0, 0, 0, 30),
    (4, 'awaiting_feedback', 'Aguardando feedback', 0, 1, 0, 40),
    (5, 'supervisor_analysis', 'Análise de Supervisão', 0, 0, 0, 50),
    (6, 'resolved', 'Resolvido', 1, 1, 0, 60),
    (7, 'closed', 'Fechado', 1, 1, 0, 70),
    (8, 'cancelled', 'Cancelado', 1, 1, 0, 80);

INSERT INTO workflow_transitions (from_status_id, to_status_id, permission, required_fields) VALUES
    (1, 2, 'ticket.change_status', '[]'),
    (1, 3, 'ticket.change_status', '[]'),
    (1, 5, 'ticket.change_status', '[]'),
    (1, 6, 'ticket.change_status', '["solution"]'),
    (1, 8, 'ticket.cancel', '[]'),
    (2, 3, 'ticket.change_status', '[]'),
    (2, 4, 'ticket.change_status', '[]'),
    (2, 8, 'ticket.cancel', '[]'),
    (3, 2, 'ticket.change_status', '[]'),
    (3, 4, 'ticket.change_status', '[]'),
    (3, 5, 'ticket.change_status', '[]'),
    (3, 6, 'ticket.change_status', '["solution"]'),
    (3, 8, 'ticket.cancel', '[]'),
    (4, 3, 'ticket.change_status', '[]'),
    (4, 6, 'ticket.change_status', '["solution"]'),
    (4, 8, 'ticket.cancel', '[]'),
    (5, 3, 'ticket.supervise', '[]'),
    (5, 6, 'ticket.supervise', '["solution"]'),
    (5, 8, 'ticket.supervise', '[]'),
    (6, 3, 'ticket.change_status', '[]'),
    (6, 7, 'ticket.change_status', '[]');

-- Subjects and sub-subjects: the support set (seeds 000, 002, 003) and the real-estate set (seeds 001, 004).
INSERT INTO subjects (id, parent_id, name, default_sector_id, needs_technical_assistance, mandatory_fields) VALUES
    (1, NULL, 'Dúvida', 1, 0, '[]'),
    (2, NULL, 'Erro', 1, 0, '["sub_subject_id","description"]'),
    (3, NULL, 'Solicitação', 1, 0, '["description"]'),
    (4, NULL, 'Financeiro', 4, 0, '[]'),
    (5, NULL, 'Hardware e rede', 1, 1, '["description"]'),
    (6, NULL, 'Locação', 6, 0, '[]'),
    (7, NULL, 'Captação', 7, 0, '[]'),
    (8, NULL, 'Administração', 6, 0, '["sub_subject_id"]'),
    (9, NULL, 'Assistência Técnica', 6, 1, '["sub_subject_id","description"]'),
    (10, 1, 'Uso do sistema', 1, 0, '[]'),
    (11, 1, 'Relatórios', 1, 0, '[]'),
    (12, 1, 'Integração com portais', 1, 0, '[]'),
    (13, 2, 'Erro no sistema', 1, 0, '[]'),
    (14, 2, 'Lentidão', 1, 0, '[]'),
    (15, 2, 'Geração de arquivo XML', 1, 0, '[]'),
    (16, 3, 'Nova funcionalidade', 5, 0, '[]'),
    (17, 3, 'Configuração', 1, 0, '[]'),
    (18, 3, 'Treinamento', 2, 0, '[]'),
    (19, 4, 'Boleto da licença', 4, 0, '[]'),
    (20, 4, 'Liberação de licença', 4, 0, '[]'),
    (21, 6, 'Informação sobre imóvel', 6, 0, '[]'),
    (22, 7, 'Novo imóvel para locação', 7, 0, '[]'),
    (23, 8, 'Reembolso', 6, 0, '[]'),
    (24, 8, 'Manutenção', 6, 0, '[]'),
    (25, 8, 'Desocupação', 6, 0, '[]'),
    (26, 9, 'Parede', 6, 1, '[]'),
    (27, 9, 'Banheiro', 6, 1, '[]'),
    (28, 9, 'Elétrica', 6, 1, '[]'),
    (29, 9, 'Hidráulica', 6, 1, '[]');

-- Attendance types and their forms (F-07/F-08). Field kinds: text, long_text, number, date, choice,
-- yes_no, customer, property.
INSERT INTO attendance_types (id, code, name, type_set, creates, requires_active_contract, sort_order, form_definition) VALUES
    (1, 'property_info', 'Informação sobre imóvel', 'realestate', 'rental_process', 0, 10,
     '[{"key":"property","label":"Imóvel","kind":"property","required":true,"help":"Imóvel de origem do interesse"},
       {"key":"question","label":"O que o cliente quer saber","kind":"long_text","required":true,"help":""}]'),
    (2, 'capture', 'Captação', 'realestate', 'capture_process', 0, 20,
     '[{"key":"address","label":"Endereço do imóvel","kind":"text","required":true,"help":"Rua, número, bairro"},
       {"key":"city","label":"Cidade","kind":"text","required":true,"help":""},
       {"key":"bedrooms","label":"Dormitórios","kind":"number","required":false,"help":""},
       {"key":"expected_rent","label":"Aluguel pretendido (R$)","kind":"number","required":false,"help":""},
       {"key":"available_from","label":"Disponível a partir de","kind":"date","required":false,"help":""},
       {"key":"captador","label":"Captador","kind":"choice","required":false,"help":"Vazio: distribuição em rodízio","options":[]}]'),
    (3, 'admin_refund', 'Administração: reembolso', 'realestate', 'admin_request', 1, 30,
     '[{"key":"amount","label":"Valor (R$)","kind":"number","required":true,"help":""},
       {"key":"reason","label":"Motivo do reembolso","kind":"long_text","required":true,"help":""}]'),
    (4, 'admin_maintenance', 'Administração: manutenção', 'realestate', 'admin_request', 1, 40,
     '[{"key":"problem","label":"Problema no imóvel","kind":"long_text","required":true,"help":""},
       {"key":"urgent","label":"Risco ou urgência","kind":"yes_no","required":true,"help":"Vazamento, falta de energia..."}]'),
    (5, 'admin_vacating', 'Administração: desocupação', 'realestate', 'admin_request', 1, 50,
     '[{"key":"date","label":"Data prevista de desocupação","kind":"date","required":true,"help":""},
       {"key":"notes","label":"Observações","kind":"long_text","required":false,"help":""}]'),
    (6, 'question', 'Dúvida', 'support', '', 0, 60,
     '[{"key":"tool","label":"Ferramenta","kind":"text","required":true,"help":"Qual ferramenta do sistema"},
       {"key":"where","label":"Onde fica no sistema","kind":"text","required":false,"help":"Ex.: Gerenciamento > web > ZAP"},
       {"key":"question","label":"Dúvida do cliente","kind":"long_text","required":true,"help":""}]'),
    (7, 'error', 'Erro', 'support', '', 0, 70,
     '[{"key":"tool","label":"Ferramenta","kind":"text","required":true,"help":"Qual ferramenta do sistema"},
       {"key":"expected","label":"O que deveria fazer","kind":"long_text","required":true,"help":""},
       {"key":"where","label":"Onde fica no sistema","kind":"text","required":true,"help":"Ex.: Gerenciamento > web > ZAP"},
       {"key":"screenshot","label":"Print do erro","kind":"choice","required":true,"help":"Anexe agora ou peça ao cliente","options":["Anexado","Pedir print ao cliente"]}]'),
    (8, 'request', 'Solicitação', 'support', '', 0, 80,
     '[{"key":"need","label":"Necessidade do cliente","kind":"long_text","required":true,"help":"Anote o máximo de detalhes"},
       {"key":"tool","label":"Ferramenta","kind":"text","required":false,"help":""}]');

INSERT INTO canned_replies (title, body, visible_by_default) VALUES
    ('Recebemos sua solicitação', 'Olá, {cliente}. Recebemos sua solicitação, protocolo {protocolo}. Retornaremos em breve. Atenciosamente, {atendente}.', 1),
    ('Aguardando print do erro', 'Olá, {cliente}. Para seguirmos com o atendimento {protocolo}, envie um print da tela do erro. Atenciosamente, {atendente}.', 1),
    ('Atendimento resolvido', 'Olá, {cliente}. O atendimento {protocolo} foi resolvido em {data} às {hora}. Qualquer dúvida, estamos à disposição. {atendente}.', 1);

-- The rows above carry explicit ids: identity sequences continue after them.
SELECT atende_sync_identities();
