#include "demo/DemoVocabulary.h"

#include <array>

namespace atende {

namespace {

constexpr std::array femaleNamesList{
    "Ana",       "Maria", "Juliana", "Letícia", "Márcia",  "Fernanda", "Patrícia", "Cecília",  "Inês",    "Aline",
    "Francisca", "Vânia", "Ângela",  "Beatriz", "Camila",  "Débora",   "Élida",    "Gabriela", "Helena",  "Isabela",
    "Joana",     "Lúcia", "Luíza",   "Mônica",  "Natália", "Priscila", "Simone",   "Tatiane",  "Valéria", "Conceição"};
constexpr std::array maleNamesList{
    "João",    "José",   "Antônio", "Carlos", "Lucas",   "Sérgio",    "Mário",   "Otávio",   "Rogério", "Álvaro",
    "André",   "Bruno",  "Cláudio", "Daniel", "Eduardo", "Fábio",     "Gustavo", "Henrique", "Ígor",    "Júlio",
    "Leandro", "Márcio", "Nélson",  "Paulo",  "Ricardo", "Sebastião", "Thiago",  "Vinícius", "Wágner",  "Raimundo"};
constexpr std::array surnamesList{
    "Silva",  "Santos",     "Oliveira",  "Souza",     "Rodrigues", "Ferreira",  "Alves",   "Pereira",  "Lima",
    "Gomes",  "Costa",      "Ribeiro",   "Martins",   "Carvalho",  "Araújo",    "Melo",    "Barbosa",  "Rocha",
    "Dias",   "Nascimento", "Conceição", "Gonçalves", "Simões",    "Magalhães", "Brandão", "Assunção", "Guimarães",
    "Falcão", "Leão",       "Românego",  "Nóbrega",   "Peçanha",   "Sampaio",   "Frota",   "Queiroz",  "Antunes"};
constexpr std::array companyWordsList{"Sol",         "Horizonte", "Paraná",      "Atlântico",  "Guará",
                                      "Ipê",         "Jequitibá", "Aurora",      "Cristal",    "Vitória",
                                      "Bandeirante", "Pampa",     "Cerrado",     "Serra Azul", "Três Rios",
                                      "Boa Vista",   "São Bento", "Santa Luzia", "Rápido Sul", "Pôr do Sol"};
constexpr std::array companyKindsList{"Imobiliária",    "Supermercado",
                                      "Farmácia",       "Auto Peças",
                                      "Transportadora", "Padaria",
                                      "Construtora",    "Materiais de Construção",
                                      "Clínica",        "Escritório Contábil",
                                      "Distribuidora",  "Ótica",
                                      "Papelaria"};
constexpr std::array companySuffixesList{"Ltda", "Ltda", "ME", "EIRELI", "S/A", "Comércio Ltda"};
constexpr std::array streetsList{
    "Rua das Flores",       "Avenida Brasil",        "Rua São João",       "Avenida Getúlio Vargas",
    "Rua XV de Novembro",   "Rua Sete de Setembro",  "Avenida Paulista",   "Rua Tiradentes",
    "Rua Marechal Deodoro", "Avenida Independência", "Rua Dom Pedro II",   "Travessa da Conceição",
    "Rua Visconde de Mauá", "Alameda dos Ipês",      "Rua José Bonifácio", "Avenida Afonso Pena"};
constexpr std::array neighbourhoodsList{"Centro",           "Jardim América", "Vila Nova", "Boa Vista",
                                        "Santa Cecília",    "Copacabana",     "Batel",     "Savassi",
                                        "Moinhos de Vento", "Meireles",       "Pituba",    "Jardim Botânico"};
constexpr std::array citiesList{
    DemoVocabulary::City{"São Paulo", "SP", 11},      DemoVocabulary::City{"Campinas", "SP", 19},
    DemoVocabulary::City{"Ribeirão Preto", "SP", 16}, DemoVocabulary::City{"Rio de Janeiro", "RJ", 21},
    DemoVocabulary::City{"Niterói", "RJ", 21},        DemoVocabulary::City{"Belo Horizonte", "MG", 31},
    DemoVocabulary::City{"Uberlândia", "MG", 34},     DemoVocabulary::City{"Curitiba", "PR", 41},
    DemoVocabulary::City{"Londrina", "PR", 43},       DemoVocabulary::City{"Maringá", "PR", 44},
    DemoVocabulary::City{"Florianópolis", "SC", 48},  DemoVocabulary::City{"Joinville", "SC", 47},
    DemoVocabulary::City{"Porto Alegre", "RS", 51},   DemoVocabulary::City{"Caxias do Sul", "RS", 54},
    DemoVocabulary::City{"Salvador", "BA", 71},       DemoVocabulary::City{"Recife", "PE", 81},
    DemoVocabulary::City{"Fortaleza", "CE", 85},      DemoVocabulary::City{"Goiânia", "GO", 62},
    DemoVocabulary::City{"Brasília", "DF", 61},       DemoVocabulary::City{"Belém", "PA", 91},
    DemoVocabulary::City{"Manaus", "AM", 92},         DemoVocabulary::City{"Vitória", "ES", 27},
    DemoVocabulary::City{"São Luís", "MA", 98},       DemoVocabulary::City{"João Pessoa", "PB", 83}};
constexpr std::array plansList{"Básico", "Profissional", "Empresarial", "Premium", "Imobiliária Plus"};
constexpr std::array rolesList{"Sócio-proprietário",      "Gerente",          "Financeiro", "Secretária", "Corretor",
                               "Auxiliar administrativo", "Responsável de TI"};
constexpr std::array ticketTopicsList{
    DemoVocabulary::TicketTopic{5, "Impressora não imprime pela rede",
                                "Impressora da recepção parou de imprimir pela rede; indicado técnico parceiro."},
    DemoVocabulary::TicketTopic{10, "Dúvida sobre aprovação de solicitações",
                                "Cliente pergunta onde aprova as solicitações de alteração feitas pelos corretores."},
    DemoVocabulary::TicketTopic{10, "Como localizar imóvel inativo",
                                "Cliente não encontra um imóvel inativo na pesquisa de imóveis."},
    DemoVocabulary::TicketTopic{11, "Dúvida sobre relatório de vendas",
                                "Cliente quer saber como filtrar o relatório de vendas por período e vendedor."},
    DemoVocabulary::TicketTopic{12, "Carga não enviada aos portais",
                                "Cliente pergunta como saber se a carga está sendo enviada ao ZAP e ao Viva Real."},
    DemoVocabulary::TicketTopic{13, "Erro ao emitir nota fiscal",
                                "Ao emitir a nota fiscal aparece a mensagem de rejeição 539. Pedido print da tela."},
    DemoVocabulary::TicketTopic{13, "Erro ao salvar cadastro de cliente",
                                "Sistema mostra erro inesperado ao salvar o cadastro com CNPJ alfanumérico."},
    DemoVocabulary::TicketTopic{14, "Sistema lento ao abrir cadastro",
                                "Tela de cadastro de imóveis leva mais de um minuto para abrir desde ontem."},
    DemoVocabulary::TicketTopic{15, "Geração de arquivo XML falhou",
                                "Arquivo XML do SPED não foi gerado; configurar o robô para gerar automaticamente."},
    DemoVocabulary::TicketTopic{16, "Baixar imóveis automaticamente",
                                "Cliente precisa que os imóveis sejam baixados automaticamente dos portais."},
    DemoVocabulary::TicketTopic{16, "Direcionar FAC ao captador",
                                "Cliente quer direcionar as FAC para o captador do imóvel."},
    DemoVocabulary::TicketTopic{17, "Configurar impressora fiscal",
                                "Cliente trocou a impressora e precisa configurar o sistema para a nova."},
    DemoVocabulary::TicketTopic{18, "Solicitação de treinamento",
                                "Nova funcionária precisa de treinamento no módulo financeiro."},
    DemoVocabulary::TicketTopic{19, "Boleto da licença não chegou",
                                "Cliente não recebeu o boleto de renovação; orientado a gerar pelo sistema."},
    DemoVocabulary::TicketTopic{20, "Liberação de licença bloqueada",
                                "Licença bloqueada por atraso; cliente informa que já pagou."},
    DemoVocabulary::TicketTopic{21, "Informação sobre imóvel para locação",
                                "Cliente quer saber valor do condomínio e se aceita animais."},
    DemoVocabulary::TicketTopic{22, "Captação de imóvel no centro",
                                "Proprietário quer colocar apartamento de dois dormitórios para alugar."},
    DemoVocabulary::TicketTopic{23, "Reembolso de conserto elétrico",
                                "Inquilino pagou o conserto do chuveiro e pede reembolso com nota fiscal."},
    DemoVocabulary::TicketTopic{24, "Manutenção do telhado",
                                "Infiltração no quarto após a chuva; inquilino pede visita de manutenção."},
    DemoVocabulary::TicketTopic{25, "Desocupação prevista para o mês",
                                "Inquilino informa a desocupação e pede agendamento da vistoria de saída."},
    DemoVocabulary::TicketTopic{26, "Rachadura na parede da sala",
                                "Rachadura diagonal na parede da sala; pedida assistência técnica."},
    DemoVocabulary::TicketTopic{27, "Vazamento no banheiro do imóvel", "Vazamento embaixo da pia do banheiro social."},
    DemoVocabulary::TicketTopic{28, "Tomadas sem energia",
                                "Tomadas da cozinha sem energia depois de queda do disjuntor."},
    DemoVocabulary::TicketTopic{29, "Caixa d'água transbordando",
                                "Boia da caixa d'água quebrada; água transbordando pelo ladrão."},
};
constexpr std::array agentRepliesList{
    "Verifiquei o cadastro e já encaminhei para o setor responsável.",
    "Orientei o cliente passo a passo pelo acesso remoto e ele conseguiu concluir.",
    "Aguardando o print da tela do erro para seguir com a análise.",
    "Testei no banco do cliente e no nosso; o problema não se repete na versão atual.",
    "Agendado retorno com o cliente para amanhã às 10h.",
    "Informado ao cliente o número da O.S. para acompanhamento.",
    "Cliente entrou em contato.",
    "Encaminhado à Análise de Supervisão com os testes realizados.",
    "Vistoria agendada com o técnico parceiro.",
    "Expliquei que o boleto pode ser gerado pelo próprio sistema, em Financeiro > Licença."};
constexpr std::array customerMessagesList{"Bom dia, o problema voltou a acontecer hoje cedo.",
                                          "Segue em anexo o print da tela.",
                                          "Obrigado pelo retorno, funcionou.",
                                          "Ainda não recebi resposta, podem verificar?",
                                          "Consegui fazer, mas o relatório saiu sem os valores.",
                                          "Preciso disso resolvido até sexta por causa do fechamento do mês."};
constexpr std::array solutionsList{
    "Ajustada a configuração de envio e reenviada a carga; cliente confirmou o recebimento.",
    "Corrigido o cadastro e orientado o cliente sobre o preenchimento correto.",
    "Atualizado o executável para a versão com a correção da O.S.; testado com o cliente.",
    "Realizado treinamento por acesso remoto; cliente conseguiu concluir sozinho.",
    "Liberada a licença após confirmação do pagamento pelo financeiro.",
    "Técnico parceiro realizou o reparo; inquilino confirmou o serviço."};
constexpr std::array accessNotesList{
    "Acesso remoto: AMMYY ID 482 117 903, pedir autorização ao Sr. Paulo antes de conectar.",
    "Servidor na sala do financeiro; acesso só após as 14h.", "Acesso pelo AnyDesk 712 345 118; senha com o gerente.",
    "Cliente prefere contato por e-mail; ligar só em urgência.",
    "Banco de dados no servidor local, backup diário às 22h."};

} // namespace

std::span<const char* const> DemoVocabulary::femaleNames() {
    return femaleNamesList;
}
std::span<const char* const> DemoVocabulary::maleNames() {
    return maleNamesList;
}
std::span<const char* const> DemoVocabulary::surnames() {
    return surnamesList;
}
std::span<const char* const> DemoVocabulary::companyWords() {
    return companyWordsList;
}
std::span<const char* const> DemoVocabulary::companyKinds() {
    return companyKindsList;
}
std::span<const char* const> DemoVocabulary::companySuffixes() {
    return companySuffixesList;
}
std::span<const char* const> DemoVocabulary::streets() {
    return streetsList;
}
std::span<const char* const> DemoVocabulary::neighbourhoods() {
    return neighbourhoodsList;
}
std::span<const DemoVocabulary::City> DemoVocabulary::cities() {
    return citiesList;
}
std::span<const char* const> DemoVocabulary::plans() {
    return plansList;
}
std::span<const char* const> DemoVocabulary::roles() {
    return rolesList;
}
std::span<const DemoVocabulary::TicketTopic> DemoVocabulary::ticketTopics() {
    return ticketTopicsList;
}
std::span<const char* const> DemoVocabulary::agentReplies() {
    return agentRepliesList;
}
std::span<const char* const> DemoVocabulary::customerMessages() {
    return customerMessagesList;
}
std::span<const char* const> DemoVocabulary::solutions() {
    return solutionsList;
}
std::span<const char* const> DemoVocabulary::accessNotes() {
    return accessNotesList;
}

} // namespace atende
