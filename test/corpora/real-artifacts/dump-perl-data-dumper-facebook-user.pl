What comes back from FB:

$VAR1 = {
          'link' => 'http://www.facebook.com/andrew.peebles.9843',
          'timezone' => -7,
          'name' => 'Andrew Peebles',
          'locale' => 'en_US',
          'username' => 'andrew.peebles.9843',
          'last_name' => 'Peebles',
          'email' => 'aqpeeb@gmail.com', ## IF 'email' LISTED IN SCOPE
          'updated_time' => '2013-03-18T23:21:54+0000',
          'verified' => bless( do{\(my $o = 1)}, 'JSON::XS::Boolean' ),
          'id' => '100005451434129',
          'first_name' => 'Andrew',
          'gender' => 'male'
        };
